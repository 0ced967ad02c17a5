using MppDirectory.Domain.Localization;

namespace MppDirectory.Api.Pages.Texts;

/// <summary>Every text of the stewards' console (<c>/kelola</c>), in Indonesian and English (PageTextsTests checks both).</summary>
public static class ConsoleTexts
{
    // The frame and signing in.
    public static LocalizedText Console { get; } = new("Konsol pengelola", "Stewards' console");
    public static LocalizedText SignInTitle { get; } = new("Masuk ke konsol pengelola", "Sign in to the stewards' console");
    public static LocalizedText SignInIntro { get; } = new(
        "Pengelola MPP dan petugas daerah yang terdaftar memperbarui direktori di sini. Setiap perubahan mengutip sumbernya dan tercatat di umpan perubahan publik.",
        "Registered MPP stewards and regional officers keep the directory up to date here. Every change cites its source and appears in the public change feed.");
    public static LocalizedText SignInWithEntra { get; } = new("Masuk dengan akun Microsoft Entra ID", "Sign in with a Microsoft Entra ID account");
    public static LocalizedText DevelopmentSignIn { get; } = new("Masuk untuk pengembangan", "Development sign-in");
    public static LocalizedText DevelopmentSignInHint { get; } = new(
        "Hanya ada saat direktori berjalan di mesin Anda (lingkungan Development). Pilih pengelola terdaftar yang ingin Anda perankan.",
        "Exists only while the directory runs on your machine (the Development environment). Choose the registered steward you want to act as.");
    public static LocalizedText ActAs { get; } = new("Bertindak sebagai", "Act as");
    public static LocalizedText Unregistered { get; } = new("Orang yang belum terdaftar sebagai pengelola", "Someone who is not a registered steward");
    public static LocalizedText NoStewardsYet { get; } = new(
        "Belum ada pengelola terdaftar. Daftarkan satu dengan: npm run --silent token -- --role Directory.Admin --scope national",
        "No steward is registered yet. Register one with: npm run --silent token -- --role Directory.Admin --scope national");
    public static LocalizedText SignIn { get; } = new("Masuk", "Sign in");
    public static LocalizedText SignOut { get; } = new("Keluar", "Sign out");
    public static LocalizedText SignInUnavailable { get; } = new(
        "Masuk belum dikonfigurasi untuk direktori ini. Hubungi administrator direktori.",
        "Sign-in is not configured for this directory. Contact the directory's administrators.");
    public static LocalizedText SignedInAs { get; } = new("Masuk sebagai {0}", "Signed in as {0}");
    public static LocalizedText StewardSummary { get; } = new("Pengelola {0} · peran {1} · wilayah: {2}", "Steward {0} · role {1} · scope: {2}");
    public static LocalizedText NotRegistered { get; } = new(
        "Anda belum terdaftar sebagai pengelola aktif. Anda dapat melihat, tetapi tidak dapat menyimpan perubahan. Minta administrator direktori mendaftarkan Anda.",
        "You are not an active registered steward. You can look, but you cannot save changes. Ask the directory's administrators to register you.");

    // Home.
    public static LocalizedText YourMpps { get; } = new("MPP dalam wilayah Anda", "MPPs in your scope");
    public static LocalizedText OtherMpps { get; } = new("MPP lain (hanya dapat dilihat)", "Other MPPs (view only)");
    public static LocalizedText NoMppsInScope { get; } = new("Tidak ada MPP dalam wilayah Anda.", "No MPP is in your scope.");
    public static LocalizedText Edit { get; } = new("Ubah", "Edit");
    public static LocalizedText View { get; } = new("Lihat", "View");
    public static LocalizedText Mpp { get; } = new("MPP", "MPP");
    public static LocalizedText RegionColumn { get; } = new("Wilayah", "Region");
    public static LocalizedText Actions { get; } = new("Tindakan", "Actions");

    // The edit page.
    public static LocalizedText EditTitle { get; } = new("Ubah {0}", "Edit {0}");
    public static LocalizedText PublicPage { get; } = new("Halaman publik", "Public page");
    public static LocalizedText OwnFields { get; } = new("Data MPP", "The MPP's details");
    public static LocalizedText Name { get; } = new("Nama", "Name");
    public static LocalizedText Address { get; } = new("Alamat", "Address");
    public static LocalizedText Venue { get; } = new("Gedung", "Venue");
    public static LocalizedText Floors { get; } = new("Jumlah lantai", "Number of floors");
    public static LocalizedText Regency { get; } = new("Kode kabupaten/kota", "Regency or city code");
    public static LocalizedText RegencyHint { get; } = new("Kode Kemendagri, mis. 33.75 untuk Kota Pekalongan. Sekarang: {0}.", "The Home Affairs code, e.g. 33.75 for Kota Pekalongan. Now: {0}.");
    public static LocalizedText EmptyMeansUnknown { get; } = new("Kosongkan bila tidak ada sumber yang menyebutkannya.", "Leave empty when no source states it.");
    public static LocalizedText Citation { get; } = new("Sumber perubahan", "The change's source");
    public static LocalizedText CitationHint { get; } = new(
        "Setiap perubahan mengutip sumber terdaftar: pilih sumbernya dan salin kalimat yang menyatakan nilai baru.",
        "Every change cites a registered source: choose it and copy the sentence that states the new value.");
    public static LocalizedText Source { get; } = new("Sumber", "Source");
    public static LocalizedText ChooseSource { get; } = new("Pilih sumber", "Choose a source");
    public static LocalizedText Quote { get; } = new("Kalimat yang dikutip", "The sentence quoted");
    public static LocalizedText Preview { get; } = new("Pratinjau", "Preview");
    public static LocalizedText Save { get; } = new("Simpan", "Save");
    public static LocalizedText PreviewTitle { get; } = new("Pratinjau: begini halaman publik akan tampil", "Preview: how the public page will look");
    public static LocalizedText PreviewNotSaved { get; } = new("Belum disimpan. Periksa, lalu pilih Simpan.", "Not saved yet. Check it, then choose Save.");
    public static LocalizedText NothingChanged { get; } = new("Tidak ada yang berubah: isiannya sama dengan yang tersimpan.", "Nothing changed: the form states what is stored already.");
    public static LocalizedText Saved { get; } = new("Tersimpan. Perubahan nomor {0} tercatat di umpan perubahan.", "Saved. Change number {0} is in the change feed.");
    public static LocalizedText SavedShort { get; } = new("Tersimpan.", "Saved.");
    public static LocalizedText CannotSave { get; } = new(
        "Anda dapat melihat MPP ini tetapi tidak dapat menyimpan perubahannya: MPP ini di luar wilayah Anda.",
        "You can see this MPP but not save changes to it: it is outside your scope.");
    public static LocalizedText ErrorSummary { get; } = new("Ada masalah", "There is a problem");
    public static LocalizedText FieldInvalid { get; } = new("{0}: periksa isian ini.", "{0}: check this field.");
    public static LocalizedText FloorsNotNumber { get; } = new("Jumlah lantai harus bilangan bulat.", "The number of floors must be a whole number.");
    public static LocalizedText SourceRequired { get; } = new("Pilih sumber yang menyatakan perubahan ini.", "Choose the source that states this change.");
    public static LocalizedText QuoteRequired { get; } = new("Salin kalimat dari sumber yang menyatakan perubahan ini.", "Copy the sentence of the source that states this change.");
    public static LocalizedText InEnglish { get; } = new("Keterangan API (bahasa Inggris): {0}", "The API's explanation: {0}");

    // A conflict.
    public static LocalizedText ConflictTitle { get; } = new("Orang lain menyimpan lebih dulu", "Someone else saved first");
    public static LocalizedText ConflictIntro { get; } = new(
        "Sejak Anda membuka formulir ini, MPP ini diubah oleh pengelola lain. Bandingkan kedua versi. Anda dapat menerapkan perubahan Anda di atas versi mereka, atau membatalkannya.",
        "Since you opened this form, another steward changed this MPP. Compare both versions. You can apply your changes on top of theirs, or drop them.");
    public static LocalizedText Field { get; } = new("Isian", "Field");
    public static LocalizedText WhenYouOpened { get; } = new("Saat Anda membuka", "When you opened it");
    public static LocalizedText YourVersion { get; } = new("Versi Anda", "Your version");
    public static LocalizedText SavedVersion { get; } = new("Versi tersimpan sekarang", "The version saved now");
    public static LocalizedText Reapply { get; } = new("Terapkan perubahan saya di atas versi tersimpan", "Apply my changes on top of the saved version");
    public static LocalizedText Discard { get; } = new("Batalkan perubahan saya", "Drop my changes");
    public static LocalizedText Empty { get; } = new("(kosong)", "(empty)");

    // Refused forms.
    public static LocalizedText FormRefused { get; } = new("Formulir ditolak", "Form refused");
    public static LocalizedText FormFromOtherSite { get; } = new(
        "Formulir ini tidak dikirim dari halaman direktori ini, jadi tidak diproses. Tidak ada yang disimpan.",
        "This form was not sent from a page of this directory, so it was not processed. Nothing was saved.");
    public static LocalizedText FormTooLarge { get; } = new("Formulir ini terlalu besar. Tidak ada yang disimpan.", "This form is too large. Nothing was saved.");
    public static LocalizedText FormExpired { get; } = new(
        "Formulir ini kedaluwarsa atau tidak berasal dari halaman direktori ini. Muat ulang halaman lalu coba lagi. Tidak ada yang disimpan.",
        "This form has expired or did not come from a page of this directory. Reload the page and try again. Nothing was saved.");
    public static LocalizedText TooManyWrites { get; } = new(
        "Anda sudah menyimpan terlalu banyak perubahan dalam semenit ini. Coba lagi dalam {0} detik.",
        "You have saved too many changes this minute. Try again in {0} seconds.");
    public static LocalizedText BackToConsole { get; } = new("Kembali ke konsol", "Back to the console");

    // Dates of verification.
    public static LocalizedText CheckColumn { get; } = new("Pemeriksaan", "Check");
    public static LocalizedText CheckedToday { get; } = new("Tandai diperiksa hari ini: masih benar", "Mark as checked today: still true");
    public static LocalizedText CheckCounterToday { get; } = new("Tandai loket {0} diperiksa hari ini", "Mark counter {0} as checked today");
    public static LocalizedText CheckIntro { get; } = new(
        "Bila Anda sudah memeriksa data ini dan semuanya masih benar, tandai diperiksa. Tidak ada yang berubah selain tanggal pemeriksaan, yang tercatat di umpan perubahan.",
        "When you have checked this record and all of it is still true, mark it as checked. Nothing changes but the date of the check, which the change feed records.");
    public static LocalizedText VerifiedNotice { get; } = new("Tercatat: diperiksa hari ini.", "Recorded: checked today.");
    public static LocalizedText Counters { get; } = new("Loket", "Counters");

    // Suggestions in the console.
    public static LocalizedText SuggestionsQueue { get; } = new("Saran perbaikan yang menunggu", "Suggested corrections waiting");
    public static LocalizedText NoSuggestions { get; } = new("Tidak ada saran yang menunggu untuk MPP dalam wilayah Anda.", "No suggestion is waiting for an MPP in your scope.");
    public static LocalizedText SuggestedOn { get; } = new("Dikirim", "Sent");
    public static LocalizedText Respond { get; } = new("Tanggapi", "Respond");
    public static LocalizedText SuggestionTitle { get; } = new("Saran perbaikan untuk {0}", "Suggested correction for {0}");
    public static LocalizedText WhatIsWrong { get; } = new("Yang salah", "What is wrong");
    public static LocalizedText ShouldSay { get; } = new("Seharusnya", "It should say");
    public static LocalizedText Evidence { get; } = new("Bukti", "Evidence");
    public static LocalizedText Contact { get; } = new("Kontak pengirim (tidak pernah dipublikasikan; dihapus saat saran ditutup)", "The sender's contact (never published; deleted when the suggestion closes)");
    public static LocalizedText NoContact { get; } = new("Tidak ada", "None");
    public static LocalizedText Accept { get; } = new("Terima: buka formulir ubah yang sudah terisi", "Accept: open the edit form, filled in");
    public static LocalizedText AcceptHint { get; } = new(
        "Saran tidak pernah mengubah direktori sendiri. Perubahan Anda tetap harus mengutip sumber; setelah disimpan, catatan perubahannya menautkan saran ini dan saran ini menjadi diterima.",
        "A suggestion never changes the directory by itself. Your change still cites a source; once saved, its change record links this suggestion, which becomes accepted.");
    public static LocalizedText Answering { get; } = new("Menanggapi saran {0}.", "Answering suggestion {0}.");
    public static LocalizedText RejectTitle { get; } = new("Tolak dengan alasan yang dipublikasikan", "Reject, with a reason that is published");
    public static LocalizedText ReasonId { get; } = new("Alasan (bahasa Indonesia)", "Reason (in Indonesian)");
    public static LocalizedText ReasonEn { get; } = new("Alasan (bahasa Inggris)", "Reason (in English)");
    public static LocalizedText Reject { get; } = new("Tolak saran", "Reject the suggestion");
    public static LocalizedText Rejected { get; } = new("Saran ditolak; alasannya tampil di halaman publik saran itu.", "The suggestion is rejected; its reason shows on its public page.");
    public static LocalizedText SuggestionClosed { get; } = new("Saran ini sudah ditutup.", "This suggestion is closed already.");
    public static LocalizedText CannotAnswer { get; } = new("Anda dapat melihat saran ini tetapi tidak dapat menanggapinya: MPP-nya di luar wilayah Anda.", "You can see this suggestion but not answer it: its MPP is outside your scope.");
}
