namespace MppDirectory.Api.OpenApi;

/// <summary>The short guide at the top of the document, and so of the /api/docs page.</summary>
public static class ApiGuide
{
    public const string Markdown = """
        The open data API of Indonesia's **Mal Pelayanan Publik** (MPP, public service malls): one building per city or regency
        where many agencies have counters side by side. The directory lists the MPPs, the agencies and counters inside each,
        their schedules and reported service counts, each fact with the sentence of the source article it comes from. There is
        no official open dataset of MPPs; this one is built from cited sources, and nothing in it is invented.

        ## First five minutes

        1. Run the directory on your machine: `npm ci && npm start` in the repository (it starts a storage emulator, loads
           the seed data and serves this API on `http://127.0.0.1:7071`). Or use the public address you were given.
        2. Find your way: `curl -fsS http://127.0.0.1:7071/api/v1` lists every resource with its URL.
        3. List the MPPs of a province: `curl -fsS 'http://127.0.0.1:7071/api/v1/mpps?province=33'` (Central Java).
        4. Open one: `curl -fsS http://127.0.0.1:7071/api/v1/mpps/kota-pekalongan`: its counters, services, reported
           counts, hours and the sentences each fact comes from.
        5. Search as residents do: `curl -fsS 'http://127.0.0.1:7071/api/v1/search?q=paspor'` finds the immigration
           counters; `dukcapil`, `Disdukcapil` and `kependudukan` find the same civil-registry counters.
        6. Take everything: `curl -fLO http://127.0.0.1:7071/api/v1/datasets/latest/mpp-directory.zip` (CSV, JSON,
           GeoJSON, a Frictionless Data Package and an HSDS export).

        The same in JavaScript and C#:

        ```js
        const response = await fetch('http://127.0.0.1:7071/api/v1/mpps?per_page=100');
        if (!response.ok) throw new Error((await response.json()).detail); // errors are RFC 9457 problems
        const { items, links } = await response.json(); // follow links.next for the next page
        ```

        ```csharp
        using var http = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:7071") };
        using var page = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("/api/v1/mpps?per_page=100"));
        foreach (var mpp in page.RootElement.GetProperty("items").EnumerateArray())
            Console.WriteLine(mpp.GetProperty("name").GetString());
        ```

        Every operation below shows its request in curl, JavaScript and C#, and an example answer taken from the seed data.

        ## Base URL

        Every path below starts with `/api`, on the host that serves this page (locally `http://127.0.0.1:7071`). The data
        API is under `/api/v1`; `/api/health` tells whether storage answers. This document is at `/api/openapi.json`.

        ## Paging

        Lists take `page` (from 1) and `per_page` (1 to 100, default 20) and answer `items`, `page`, `perPage`,
        `totalCount`, `totalPages` and `links` (`self`, `first`, `last`, `prev`, `next`). The same links come in the `Link`
        header (RFC 8288) and the total in `X-Total-Count`. Follow the links rather than building page URLs.

        ## Caching

        Every `200` under `/api/v1` carries a strong `ETag` and `Cache-Control` (`public, max-age=60`; answers that depend on
        the clock, such as open-now, at most 30 s and never past the next opening or closing). Send the tag back in
        `If-None-Match` and an unchanged answer is a `304` with no body. Answers are compressed (Brotli, gzip) when asked.

        ## Rate limit

        Each client has a quota of requests per minute. Every answer says where it stands: `RateLimit-Policy:
        "per-client";q=600;w=60` (the quota) and `RateLimit: "per-client";r=597;t=42` (requests left, seconds until the
        quota is whole again). Past it: `429` with `Retry-After`.

        ## Errors

        Errors are `application/problem+json` (RFC 9457) with `type`, `title`, `status`, `detail` and `traceId` (quote it
        when you report a problem). A bad query value is a `400` whose `errors` names each parameter (`per_page`); an
        unknown id or path a `404`; another method than `GET` or `HEAD` on a known path a `405` with `Allow`; too many
        requests a `429` with `Retry-After`; storage that is down or not yet loaded a `503` with `Retry-After` (seconds).
        There is never a `500` with a stack trace.

        ## How often the data changes

        The data changes only when the maintainers add or correct sources: days or weeks apart, not minutes. `dataVersion`
        at `/api/health` (and in `/api/v1/statistics`) changes exactly when the data does; poll it rather than the lists.
        Open-now and next opening are computed in the MPP's own time zone (WIB, WITA or WIT) and hold until the next change.

        ## How to cite

        Cite the directory with the data version and the date you retrieved it, e.g. *MPP Directory, data version
        `<dataVersion>`, retrieved 2025-01-31 from `<base URL>/api/v1/mpps`*, and cite the original articles for the facts
        you use (`/api/v1/sources`, each with publisher and date). Region codes and names come from `idn-area-data`
        (Kemendagri codes, © its authors, ODbL 1.0).

        ## Licence and versioning

        The data is under the Open Database License (ODbL) 1.0: share, adapt and cite, and share what you build on it alike.
        """ + "\n\n" + ApiContract.VersioningPolicy;
}
