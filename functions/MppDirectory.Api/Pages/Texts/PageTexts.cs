using MppDirectory.Domain.Localization;

namespace MppDirectory.Api.Pages.Texts;

/// <summary>
/// Every text the pages, the card and the widget write, in Indonesian and English. A text missing in
/// either language fails a test (PageTextsTests), so a page can never fall back to the other one.
/// </summary>
public static class PageTexts
{
    // The site's frame.
    public static LocalizedText SiteName { get; } = new("Direktori Mal Pelayanan Publik", "Public Service Mall Directory");
    public static LocalizedText SkipToContent { get; } = new("Langsung ke isi utama", "Skip to main content");
    public static LocalizedText MainNavigation { get; } = new("Navigasi utama", "Main navigation");
    public static LocalizedText Home { get; } = new("Beranda", "Home");
    public static LocalizedText Statistics { get; } = new("Statistik", "Statistics");
    public static LocalizedText Datasets { get; } = new("Dataset", "Datasets");
    public static LocalizedText Embed { get; } = new("Pasang di situs Anda", "Embed on your site");
    public static LocalizedText ApiReference { get; } = new("Referensi API", "API reference");
    public static LocalizedText OtherLanguage { get; } = new("English", "Bahasa Indonesia");
    public static LocalizedText LanguageNavigation { get; } = new("Bahasa", "Language");
    public static LocalizedText FooterAbout { get; } = new(
        "Data terbuka tentang Mal Pelayanan Publik (MPP) di Indonesia. Setiap fakta disertai kalimat sumber yang menyatakannya; tidak ada yang dikarang.",
        "Open data on Indonesia's public service malls (Mal Pelayanan Publik, MPP). Every fact comes with the source sentence that states it; nothing is invented.");
    public static LocalizedText FooterLicence { get; } = new(
        "Data: Open Database License (ODbL) 1.0 dan Database Contents License (DbCL) 1.0. Kutipan tetap milik penerbitnya.",
        "Data: Open Database License (ODbL) 1.0 and Database Contents License (DbCL) 1.0. Quotes remain the work of their publishers.");

    // Home.
    public static LocalizedText HomeTitle { get; } = new("Direktori terbuka Mal Pelayanan Publik", "An open directory of public service malls");
    public static LocalizedText HomeIntro { get; } = new(
        "Mal Pelayanan Publik (MPP) mengumpulkan loket banyak instansi dalam satu gedung: KTP elektronik, paspor, SIM, BPJS dan lainnya. Direktori ini mencatat setiap MPP, instansi dan loket di dalamnya, jam buka bila diketahui, dan sumber setiap fakta.",
        "A public service mall (Mal Pelayanan Publik, MPP) brings the counters of many agencies under one roof: electronic ID cards, passports, driving licences, BPJS and more. This directory records each MPP, the agencies and counters inside, opening hours where known, and the source of every fact.");
    public static LocalizedText SearchLabel { get; } = new("Cari MPP, instansi atau layanan", "Search MPPs, agencies or services");
    public static LocalizedText SearchButton { get; } = new("Cari", "Search");
    public static LocalizedText MppsByProvince { get; } = new("MPP per provinsi", "MPPs by province");
    public static LocalizedText NoMppsYet { get; } = new("Direktori sedang dimuat; coba lagi sebentar lagi.", "The directory is loading; try again in a moment.");
    public static LocalizedText ForDevelopers { get; } = new("Untuk pengembang, jurnalis dan situs pemerintah daerah", "For developers, journalists and city websites");
    public static LocalizedText ApiReferenceText { get; } = new("setiap rute, parameter dan contoh.", "every route, parameter and example.");
    public static LocalizedText DatasetsText { get; } = new("versi-versi seluruh direktori untuk diunduh, dengan ukuran berkas dan SHA-256.", "versions of the whole directory to download, with file sizes and SHA-256.");
    public static LocalizedText EmbedText { get; } = new("panduan memasang kartu MPP di situs kota atau kabupaten.", "a guide to putting an MPP card on a city or regency website.");
    public static LocalizedText StatisticsText { get; } = new("gambaran nasional: peluncuran per tahun, loket per kategori instansi, jumlah yang dilaporkan sumber.", "the national picture: launches per year, counters by agency category, counts the sources report.");

    // Search results.
    public static LocalizedText SearchResults { get; } = new("Hasil pencarian", "Search results");
    public static LocalizedText NoResults { get; } = new("Tidak ada hasil.", "No results.");
    public static LocalizedText ResultCount { get; } = new("{0} hasil", "{0} results");
    public static LocalizedText KindMpp { get; } = new("MPP", "MPP");
    public static LocalizedText KindCounter { get; } = new("Loket", "Counter");
    public static LocalizedText KindAgency { get; } = new("Instansi", "Agency");
    public static LocalizedText KindService { get; } = new("Layanan", "Service");

    // An MPP: the card and its page.
    public static LocalizedText Status { get; } = new("Status", "Status");
    public static LocalizedText Since { get; } = new("sejak {0}", "since {0}");
    public static LocalizedText Address { get; } = new("Alamat", "Address");
    public static LocalizedText AddressUnknown { get; } = new("Alamat tidak disebutkan sumber.", "No source states the address.");
    public static LocalizedText Venue { get; } = new("Gedung", "Venue");
    public static LocalizedText Region { get; } = new("Wilayah", "Region");
    public static LocalizedText Floors { get; } = new("{0} lantai", "{0} floors");
    public static LocalizedText HoursToday { get; } = new("Jam buka hari ini", "Today's hours");
    public static LocalizedText HoursNotPublished { get; } = new("Jam buka belum dipublikasikan.", "Hours not published.");
    public static LocalizedText OpenNow { get; } = new("Buka sekarang", "Open now");
    public static LocalizedText ClosedNow { get; } = new("Tutup sekarang", "Closed now");
    public static LocalizedText ClosedToday { get; } = new("Tutup hari ini", "Closed today");
    public static LocalizedText Counters { get; } = new("Loket", "Counters");
    public static LocalizedText CounterCount { get; } = new("{0} loket dari {1} instansi", "{0} counters of {1} agencies");
    public static LocalizedText Services { get; } = new("Layanan", "Services");
    public static LocalizedText Sources { get; } = new("Sumber", "Sources");
    public static LocalizedText SourceWithoutPublisher { get; } = new("Penerbit tidak disebutkan", "Publisher not named");
    public static LocalizedText NoUrlYet { get; } = new("Tautan belum dicatat", "No link recorded yet");
    public static LocalizedText FullPage { get; } = new("Selengkapnya di Direktori MPP", "More in the MPP Directory");
    public static LocalizedText Milestones { get; } = new("Riwayat", "Milestones");
    public static LocalizedText Planned { get; } = new("rencana", "planned");
    public static LocalizedText ReportedCounts { get; } = new("Jumlah yang dilaporkan sumber", "Counts the sources report");
    public static LocalizedText RecordedCounts { get; } = new("Tercatat di direktori", "Recorded in the directory");
    public static LocalizedText DataNotes { get; } = new("Catatan kualitas data", "Data-quality notes");
    public static LocalizedText Quote { get; } = new("Kutipan", "Quote");
    public static LocalizedText InferredDate { get; } = new("disimpulkan", "inferred");
    public static LocalizedText Checked { get; } = new("Pemeriksaan data", "Data check");
    public static LocalizedText LastChecked { get; } = new("Terakhir diperiksa {0}", "Last checked {0}");
    public static LocalizedText NeverChecked { get; } = new("Belum pernah diperiksa oleh pengelola", "Not yet checked by a steward");
    public static LocalizedText DueForCheck { get; } = new("perlu diperiksa ulang", "due for a check");
    public static LocalizedText ApiLink { get; } = new("Data ini dalam JSON", "This data as JSON");
    public static LocalizedText NotFoundTitle { get; } = new("Halaman tidak ditemukan", "Page not found");
    public static LocalizedText MppNotFound { get; } = new("Tidak ada MPP dengan id ini di direktori.", "The directory has no MPP with this id.");
    public static LocalizedText RegionNotFound { get; } = new("Tidak ada wilayah dengan kode ini.", "There is no region with this code.");
    public static LocalizedText MppsInRegion { get; } = new("MPP di {0}", "MPPs in {0}");
    public static LocalizedText NoMppsInRegion { get; } = new("Direktori belum mencatat MPP di wilayah ini.", "The directory records no MPP in this region yet.");
    public static LocalizedText Unavailable { get; } = new("Direktori sedang tidak tersedia. Coba lagi sebentar lagi.", "The directory is unavailable. Try again in a moment.");

    // Datasets.
    public static LocalizedText DatasetsTitle { get; } = new("Dataset", "Datasets");
    public static LocalizedText DatasetsIntro { get; } = new(
        "Seluruh direktori sebagai berkas untuk diunduh: CSV, JSON, GeoJSON, Frictionless Data Package dan ekspor HSDS. Setiap versi tetap sama selamanya; berkasnya identik byte demi byte pada setiap unduhan.",
        "The whole directory as files to download: CSV, JSON, GeoJSON, a Frictionless Data Package and an HSDS export. Each version stays the same forever; its files are byte-identical on every download.");
    public static LocalizedText NoDatasetsYet { get; } = new("Belum ada versi dataset yang diterbitkan.", "No dataset version has been published yet.");
    public static LocalizedText OlderDatasetVersions { get; } = new("Versi yang lebih lama ({0}) ada di daftar versi API:", "Older versions ({0}) are in the API's list of versions:");
    public static LocalizedText Version { get; } = new("Versi {0}", "Version {0}");
    public static LocalizedText Created { get; } = new("Dibuat", "Created");
    public static LocalizedText File { get; } = new("Berkas", "File");
    public static LocalizedText Size { get; } = new("Ukuran", "Size");
    public static LocalizedText Rows { get; } = new("Baris", "Rows");
    public static LocalizedText Table { get; } = new("Tabel", "Table");
    public static LocalizedText FilesOf { get; } = new("Berkas versi {0}", "Files of version {0}");
    public static LocalizedText Changes { get; } = new("Perubahan", "Changes");
    public static LocalizedText ChangesSince { get; } = new("Sejak versi {0}", "Since version {0}");
    public static LocalizedText FirstVersion { get; } = new("Versi pertama.", "The first version.");
    public static LocalizedText Added { get; } = new("ditambah", "added");
    public static LocalizedText Removed { get; } = new("dihapus", "removed");
    public static LocalizedText Changed { get; } = new("diubah", "changed");
    public static LocalizedText NoChanges { get; } = new("Tidak ada perubahan.", "No changes.");
    public static LocalizedText HowToCite { get; } = new("Cara mengutip", "How to cite");
    public static LocalizedText CiteText { get; } = new(
        "Sebutkan judul, versi, tanggal dan alamat versi tersebut, misalnya:",
        "Name the title, version, date and the version's address, for example:");
    public static LocalizedText Licence { get; } = new("Lisensi", "Licence");

    // Statistics.
    public static LocalizedText StatisticsTitle { get; } = new("Statistik nasional", "National statistics");
    public static LocalizedText StatisticsIntro { get; } = new(
        "Dihitung dari catatan direktori, yang hanya memuat MPP dan loket yang disebutkan sumbernya. Setiap grafik disertai tabel dengan angka yang sama.",
        "Counted from the directory's records, which hold only the MPPs and counters its sources name. Each chart has a table with the same figures beside it.");
    public static LocalizedText LaunchesTitle { get; } = new("MPP yang diluncurkan per tahun, per provinsi", "MPPs launched per year, by province");
    public static LocalizedText LaunchesNote { get; } = new(
        "Tahun soft launching atau peluncuran resmi pertama yang tercatat; MPP tanpa tanggal peluncuran tidak dihitung.",
        "The year of the first recorded soft launch or grand launch; MPPs without a launch date are not counted.");
    public static LocalizedText Year { get; } = new("Tahun", "Year");
    public static LocalizedText Province { get; } = new("Provinsi", "Province");
    public static LocalizedText Mpps { get; } = new("MPP", "MPPs");
    public static LocalizedText CountersByCategoryTitle { get; } = new("Loket per kategori instansi", "Counters by agency category");
    public static LocalizedText Category { get; } = new("Kategori", "Category");
    public static LocalizedText CountsTitle { get; } = new("Jumlah yang dilaporkan sumber dan yang tercatat", "Counts the sources report and counts recorded");
    public static LocalizedText CountsNote { get; } = new(
        "Setiap jumlah yang dilaporkan sumber pada tanggalnya, di samping jumlah yang tercatat di direktori saat ini.",
        "Each count a source reports on its date, beside the count recorded in the directory today.");
    public static LocalizedText Metric { get; } = new("Ukuran", "Measure");
    public static LocalizedText Reported { get; } = new("Dilaporkan", "Reported");
    public static LocalizedText OnDate { get; } = new("Tanggal", "Date");
    public static LocalizedText Recorded { get; } = new("Tercatat", "Recorded");
    public static LocalizedText NotRecorded { get; } = new("tidak dicatat", "not recorded");
    public static LocalizedText ChartOf { get; } = new("Grafik: {0}", "Chart: {0}");

    // Embedding.
    public static LocalizedText EmbedTitle { get; } = new("Pasang Direktori MPP di situs Anda", "Put the MPP Directory on your site");
    public static LocalizedText EmbedIntro { get; } = new(
        "Untuk tim web pemerintah kota dan kabupaten: satu baris skrip menampilkan kartu MPP Anda, selalu mutakhir, dalam bahasa Indonesia atau Inggris. Tanpa kunci API, tanpa kerangka kerja, tanpa permintaan ke pihak ketiga.",
        "For city and regency web teams: one script line shows your MPP's card, always up to date, in Indonesian or English. No API key, no framework, no third-party requests.");
    public static LocalizedText WidgetTitle { get; } = new("Komponen web", "Web component");
    public static LocalizedText WidgetText { get; } = new(
        "Tempel kode ini di halaman Anda. Ganti id MPP dengan milik Anda (lihat alamat halamannya di direktori).",
        "Paste this code into your page. Replace the MPP id with yours (see the address of its page in the directory).");
    public static LocalizedText WidgetRegionText { get; } = new(
        "Untuk semua MPP di satu provinsi atau kabupaten/kota, pakai kode wilayah Kemendagri; tanpa atribut, komponen menampilkan kotak pencarian.",
        "For every MPP of a province or regency, use its Kemendagri region code; with no attribute, the component shows a search box.");
    public static LocalizedText WidgetThemeText { get; } = new(
        "Sesuaikan tampilan dengan properti CSS --mpp-accent, --mpp-font, --mpp-text dan --mpp-background, atau dengan ::part(card). Pakai lang=\"en\" untuk bahasa Inggris.",
        "Match your site with the CSS properties --mpp-accent, --mpp-font, --mpp-text and --mpp-background, or with ::part(card). Use lang=\"en\" for English.");
    public static LocalizedText WidgetCspText { get; } = new(
        "Bila situs Anda memakai Content-Security-Policy, izinkan alamat direktori pada script-src, connect-src dan style-src.",
        "If your site sends a Content-Security-Policy, allow the directory's address in script-src, connect-src and style-src.");
    public static LocalizedText IframeTitle { get; } = new("Iframe, tanpa skrip", "Iframe, without scripts");
    public static LocalizedText IframeText { get; } = new(
        "Bila situs Anda tidak dapat menjalankan skrip, tampilkan kartu yang sama dalam iframe.",
        "If your site cannot run scripts, show the same card in an iframe.");
    public static LocalizedText LivePreview { get; } = new("Pratinjau langsung", "Live preview");
    public static LocalizedText CodeToCopy { get; } = new("Kode untuk disalin", "Code to copy");
    public static LocalizedText IframeName { get; } = new("Kartu MPP dari Direktori MPP", "MPP card from the MPP Directory");

    // Suggested corrections.
    public static LocalizedText SuggestCorrection { get; } = new("Sarankan perbaikan", "Suggest a correction");
    public static LocalizedText SuggestTitle { get; } = new("Sarankan perbaikan: {0}", "Suggest a correction: {0}");
    public static LocalizedText SuggestIntro { get; } = new(
        "Ada yang salah atau sudah berubah di halaman MPP ini? Beri tahu kami. Saran Anda tidak langsung mengubah direktori: pengelola data MPP ini memeriksanya, lalu memperbaikinya dengan sumber atau menjelaskan mengapa tidak. Saran dan jawabannya terbuka untuk umum.",
        "Is something on this MPP's page wrong or out of date? Tell us. Your suggestion does not change the directory by itself: the stewards of this MPP's data check it, then correct the record with a source or say why not. Suggestions and their answers are public.");
    public static LocalizedText ComplaintsElsewhere { get; } = new(
        "Ingin mengadukan pelayanan (antrean, sikap petugas, layanan yang ditolak), bukan data di direktori? Sampaikan melalui SP4N-LAPOR!, kanal pengaduan pelayanan publik nasional. Direktori ini tidak menerima pengaduan.",
        "Want to complain about the service (queues, staff, a service refused), not about the directory's data? Use SP4N-LAPOR!, the national public-service complaint channel. This directory does not take complaints.");
    public static LocalizedText FieldLabel { get; } = new("Apa yang salah?", "What is wrong?");
    public static LocalizedText ChooseField { get; } = new("Pilih salah satu", "Choose one");
    public static LocalizedText ProposedLabel { get; } = new("Seharusnya tertulis apa?", "What should it say?");
    public static LocalizedText ProposedHint { get; } = new("Paling banyak 1.000 karakter.", "At most 1,000 characters.");
    public static LocalizedText EvidenceLabel { get; } = new("Bukti (tidak wajib)", "Evidence (optional)");
    public static LocalizedText EvidenceHint { get; } = new(
        "Tautan ke pengumuman resmi atau berita, atau jelaskan bagaimana Anda mengetahuinya.",
        "A link to an official announcement or a news article, or say how you know.");
    public static LocalizedText ContactLabel { get; } = new("Email Anda (tidak wajib)", "Your email (optional)");
    public static LocalizedText ContactHint { get; } = new(
        "Hanya bila pengelola perlu bertanya kepada Anda. Tidak pernah dipublikasikan, hanya dilihat pengelola MPP ini, dan dihapus saat saran ditutup.",
        "Only in case the stewards need to ask you something. Never published, seen only by this MPP's stewards, and deleted when the suggestion closes.");
    public static LocalizedText HoneypotLabel { get; } = new("Jangan isi kolom ini", "Leave this field empty");
    public static LocalizedText SendSuggestion { get; } = new("Kirim saran", "Send suggestion");
    public static LocalizedText ErrorPrefix { get; } = new("Galat", "Error");
    public static LocalizedText ErrorSummaryTitle { get; } = new("Ada masalah", "There is a problem");
    public static LocalizedText FormNotSent { get; } = new("Formulir ini tidak dapat dikirim. Muat ulang halaman formulir, lalu coba lagi.", "This form could not be sent. Reload the form's page and try again.");
    public static LocalizedText FormExpiredTitle { get; } = new("Formulir kedaluwarsa", "The form has expired");
    public static LocalizedText BackToForm { get; } = new("Kembali ke formulir", "Back to the form");
    public static LocalizedText TooManySuggestionsTitle { get; } = new("Terlalu banyak saran", "Too many suggestions");
    public static LocalizedText TooManySuggestions { get; } = new(
        "Dari sambungan ini sudah banyak saran dikirim dalam satu jam terakhir. Coba lagi nanti, atau tulis semua yang ingin Anda sampaikan dalam satu saran.",
        "Many suggestions have come from this connection in the last hour. Try again later, or write everything you want to say in one suggestion.");
    public static LocalizedText TooLargeTitle { get; } = new("Saran terlalu panjang", "The suggestion is too long");
    public static LocalizedText TooLarge { get; } = new("Isian formulir melebihi 8 KB. Persingkat lalu kirim lagi.", "The form's content is over 8 KB. Shorten it and send it again.");
    public static LocalizedText FieldRequired { get; } = new("Pilih apa yang salah.", "Choose what is wrong.");
    public static LocalizedText ProposedRequired { get; } = new("Tulis apa yang seharusnya tertulis.", "Write what it should say.");
    public static LocalizedText TooLong { get; } = new("Paling banyak {0} karakter.", "At most {0} characters.");
    public static LocalizedText LooksLikeFormula { get; } = new(
        "Jangan mengawali dengan =, +, -, @, tab atau baris baru (spreadsheet menjalankannya sebagai rumus).",
        "Do not start with =, +, -, @, a tab or a line break (a spreadsheet would run it as a formula).");
    public static LocalizedText ContactInvalid { get; } = new("Tulis alamat email yang benar, misalnya nama@contoh.id, atau kosongkan.", "Enter a valid email address, such as name@example.com, or leave it empty.");
    public static LocalizedText SuggestionTitle { get; } = new("Saran perbaikan untuk {0}", "Suggested correction for {0}");
    public static LocalizedText SuggestionNotFound { get; } = new("Tidak ada saran dengan id ini.", "There is no suggestion with this id.");
    public static LocalizedText SuggestionReceived { get; } = new(
        "Terima kasih. Saran Anda sudah diterima dan menunggu pemeriksaan pengelola MPP ini. Simpan alamat halaman ini untuk melihat jawabannya.",
        "Thank you. Your suggestion has been received and awaits this MPP's stewards. Keep this page's address to see the answer.");
    public static LocalizedText SuggestionStatus { get; } = new("Status", "Status");
    public static LocalizedText SuggestionOpen { get; } = new("Menunggu pemeriksaan", "Awaiting review");
    public static LocalizedText SuggestionAccepted { get; } = new("Diterima", "Accepted");
    public static LocalizedText SuggestionRejected { get; } = new("Ditolak", "Rejected");
    public static LocalizedText SuggestedField { get; } = new("Bagian", "Part");
    public static LocalizedText SuggestedText { get; } = new("Usulan", "Proposed");
    public static LocalizedText SuggestedEvidence { get; } = new("Bukti", "Evidence");
    public static LocalizedText SuggestedOn { get; } = new("Dikirim", "Sent");
    public static LocalizedText ClosedOn { get; } = new("Dijawab", "Answered");
    public static LocalizedText RejectionReason { get; } = new("Alasan", "Reason");
    public static LocalizedText AnsweringChange { get; } = new("Perubahan", "Change");
    public static LocalizedText AcceptedByChange { get; } = new("Diperbaiki dengan perubahan nomor {0}", "Corrected by change number {0}");
    public static LocalizedText BackToMpp { get; } = new("Kembali ke halaman {0}", "Back to the page of {0}");
    public static LocalizedText SuggestionAsJson { get; } = new("Saran ini dalam JSON", "This suggestion as JSON");
}
