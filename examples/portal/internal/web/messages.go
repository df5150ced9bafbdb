package web

import (
	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
)

// message returns the text of key in lang; the key itself when the table
// lacks it, which a test forbids.
func message(lang smartcity.Lang, key string) string {
	m, ok := messages[key]
	if !ok {
		return key
	}
	if i18n.English(lang) {
		return m.en
	}
	return m.id
}

// text is one message in Indonesian and English.
type text struct{ id, en string }

// messages are every word the pages say, by key.
var messages = map[string]text{
	"portal":             {"Portal Bukti Dukung SPBE", "SPBE Evidence Portal"},
	"footer":             {"Simulasi penilaian mandiri dengan pustaka smartcity; nilai resmi ditetapkan asesor kementerian.", "A simulation of the self-assessment with the smartcity library; the official result is set by the ministry's assessors."},
	"illustrative":       {"ILUSTRASI: data ini contoh buatan untuk demonstrasi, bukan data resmi Pemerintah Kabupaten Rembang.", "ILLUSTRATIVE: this data is made up for a demonstration; it is not official data of the Rembang regency."},
	"illustrative_short": {"ilustrasi", "illustrative"},
	"simulation_note":    {"Indeks di bawah adalah simulasi penilaian mandiri, bukan hasil resmi.", "The indices below simulate the self-assessment; they are not the official result."},

	"nav_dashboard": {"Dasbor", "Dashboard"},
	"nav_review":    {"Antrean verifikasi", "Review queue"},
	"nav_transfer":  {"Impor & ekspor", "Import & export"},
	"nav_audit":     {"Log audit", "Audit log"},
	"logout":        {"Keluar", "Log out"},
	"login":         {"Masuk", "Log in"},
	"login_name":    {"Nama pengguna", "User name"},
	"password":      {"Kata sandi", "Password"},
	"login_failed":  {"Nama pengguna atau kata sandi salah.", "Wrong user name or password."},
	"login_wait":    {"Terlalu banyak percobaan gagal; coba lagi dalam", "Too many failed attempts; try again in"},
	"seconds":       {"detik", "seconds"},

	"role_koordinator": {"koordinator", "coordinator"},
	"role_pelaksana":   {"pelaksana", "unit officer"},
	"role_asesor":      {"asesor internal", "internal assessor"},

	"login_title":     {"Masuk", "Log in"},
	"dashboard_title": {"Dasbor", "Dashboard"},
	"indicator_title": {"Indikator", "Indicator"},
	"unit_title":      {"Unit kerja", "Unit"},
	"item_title":      {"Butir bukti dukung", "Evidence item"},
	"conflict_title":  {"Konflik penyuntingan", "Edit conflict"},
	"review_title":    {"Antrean verifikasi", "Review queue"},
	"audit_title":     {"Log audit", "Audit log"},
	"transfer_title":  {"Impor & ekspor", "Import & export"},

	"evidenced_index":    {"Indeks terbukti", "Evidenced index"},
	"claimed_index":      {"Indeks klaim", "Claimed index"},
	"evidenced":          {"Terbukti", "Evidenced"},
	"claimed":            {"Klaim", "Claimed"},
	"chart_evidenced":    {"Terbukti", "Evidenced"},
	"chart_claimed":      {"Klaim", "Claimed"},
	"no_claims":          {"Belum ada klaim.", "No claims yet."},
	"target":             {"Target", "Target"},
	"no_target":          {"Belum ada target.", "No target set."},
	"set_target":         {"Target (indeks atau predikat)", "Target (index or predikat)"},
	"items_to_target":    {"butir lagi", "more items"},
	"target_reachable":   {"target tercapai bila semuanya diterima", "the target is met once they are accepted"},
	"target_unreachable": {"target belum dapat dicapai dengan bukti yang direncanakan", "the planned evidence cannot meet the target"},
	"index_after":        {"indeks sesudahnya", "index after"},
	"aspects":            {"Aspek", "Aspects"},
	"aspect":             {"Aspek", "Aspect"},
	"way_title":          {"Jalan menuju target: butir yang masih harus diterima", "The way to the target: items still to be accepted"},
	"way_nothing":        {"Tidak ada butir yang tersisa.", "No items outstanding."},
	"earliest_due":       {"tenggat terdekat", "earliest due"},
	"and_more":           {"dan lainnya:", "and more:"},
	"progress_units":     {"Kemajuan per unit kerja", "Progress by unit"},
	"overdue_title":      {"Butir terlambat", "Overdue items"},
	"none_overdue":       {"Tidak ada butir yang terlambat.", "No items are overdue."},
	"indicators":         {"Indikator", "Indicators"},
	"indicator":          {"Indikator", "Indicator"},
	"level":              {"Level", "Level"},
	"item":               {"Butir", "Item"},
	"items":              {"Butir", "Items"},
	"items_lc":           {"butir", "items"},
	"due":                {"Tenggat", "Due"},
	"status":             {"Status", "Status"},
	"unit":               {"Unit kerja", "Unit"},
	"overdue":            {"Terlambat", "Overdue"},
	"overdue_lc":         {"terlambat", "overdue"},
	"done":               {"Selesai", "Done"},
	"done_lc":            {"selesai", "done"},
	"accepted":           {"Diterima", "Accepted"},
	"accepted_lc":        {"diterima", "accepted"},
	"in_review_lc":       {"dalam verifikasi", "under review"},
	"revision_lc":        {"revisi", "to revise"},
	"note":               {"Keterangan", "Note"},
	"waiting_outside":    {"menunggu nilai evaluasi lain", "waiting for an outside value"},
	"outside":            {"dari evaluasi lain", "from an outside evaluation"},
	"next_level":         {"Level berikut", "Next level"},
	"missing_lc":         {"butir utama belum diterima", "main items not accepted"},
	"unreachable":        {"Tidak dapat dicapai dengan bukti dari level", "Cannot be reached by evidence from level"},
	"weight":             {"Bobot", "Weight"},
	"set_claim":          {"Level klaim", "Claimed level"},
	"no_items":           {"Belum ada butir.", "No items."},

	"status_belum":    {"Belum", "Not uploaded"},
	"status_draf":     {"Draf", "Draft"},
	"status_proses":   {"Proses", "Review"},
	"status_revisi":   {"Revisi", "Revision"},
	"status_diterima": {"Diterima", "Accepted"},

	"id":              {"ID", "ID"},
	"version":         {"versi", "version"},
	"no":              {"no.", "no."},
	"main_item":       {"butir utama", "main item"},
	"supporting_item": {"butir pendukung", "supporting item"},
	"output":          {"Bentuk output nyata", "Concrete output"},
	"responsible":     {"Penanggung jawab", "Responsible"},
	"document":        {"Dokumen", "Document"},
	"document_title":  {"Judul dokumen", "Document title"},
	"file":            {"Berkas", "File"},
	"upload":          {"Unggah", "Upload"},
	"upload_hint":     {"PDF, PNG, JPEG, XLSX, DOCX atau teks; nama berkas tanpa folder.", "PDF, PNG, JPEG, XLSX, DOCX or text; a file name without folders."},
	"submit":          {"Ajukan untuk verifikasi", "Submit for review"},
	"withdraw":        {"Tarik kembali", "Withdraw"},
	"review":          {"Verifikasi", "Review"},
	"accept":          {"Terima", "Accept"},
	"revise":          {"Kembalikan untuk revisi", "Send back for revision"},
	"revision_kind":   {"Jenis revisi", "Kind of revision"},
	"reason":          {"Alasan", "Reason"},
	"edit":            {"Ubah", "Edit"},
	"save":            {"Simpan", "Save"},
	"history":         {"Riwayat status", "Status history"},
	"when":            {"Waktu", "When"},
	"by":              {"Oleh", "By"},
	"from":            {"Dari", "From"},
	"to":              {"Ke", "To"},
	"audit_item":      {"Log audit butir ini", "This item's audit log"},
	"action":          {"Tindakan", "Action"},
	"detail":          {"Rincian", "Detail"},
	"conflict_text":   {"Butir ini telah diubah orang lain sejak Anda membukanya; perubahan Anda TIDAK disimpan. Berikut keadaannya sekarang: periksa lalu ulangi bila perlu.", "Someone else changed this item since you opened it; your change was NOT saved. Here is how it stands now: check it and try again if need be."},
	"queue_empty":     {"Tidak ada butir yang menunggu verifikasi.", "No items are waiting for review."},
	"entries_lc":      {"entri", "entries"},
	"page":            {"Halaman", "Page"},
	"newer":           {"lebih baru", "newer"},
	"older":           {"lebih lama", "older"},
	"previous":        {"sebelumnya", "previous"},
	"next":            {"berikutnya", "next"},
	"export":          {"Ekspor", "Export"},
	"export_json":     {"Unduh ruang kerja (JSON)", "Download the workspace (JSON)"},
	"import":          {"Impor", "Import"},
	"import_hint":     {"Dokumen JSON ruang kerja: butir dengan id yang sama diganti, butir baru ditambahkan, butir lain tetap.", "A workspace's JSON document: items of the same id are replaced, new items added, others kept."},
	"imported":        {"Impor selesai", "Imported"},
	"added_lc":        {"ditambahkan", "added"},
	"updated_lc":      {"diperbarui", "updated"},
	"unchanged_lc":    {"tetap", "unchanged"},
	"back_dashboard":  {"Kembali ke dasbor", "Back to the dashboard"},

	"err_bad_form":          {"Permintaan tidak sah", "Bad request"},
	"err_bad_form_text":     {"Formulir tidak dapat dibaca.", "The form could not be read."},
	"err_conflict":          {"Konflik penyuntingan", "Edit conflict"},
	"err_conflict_text":     {"Butir telah diubah orang lain; perubahan Anda tidak disimpan.", "Someone else changed the item; your change was not saved."},
	"err_csrf":              {"Ditolak", "Refused"},
	"err_csrf_text":         {"Token formulir tidak ada atau salah. Muat ulang halaman lalu coba lagi.", "The form's token is missing or wrong. Reload the page and try again."},
	"err_forbidden":         {"Tidak diizinkan", "Not allowed"},
	"err_forbidden_text":    {"Peran Anda tidak mengizinkan tindakan ini pada butir ini (pelaksana hanya mengerjakan butir unit kerjanya sendiri).", "Your role does not allow this action on this item (a unit officer works only on the items of their own unit)."},
	"err_internal":          {"Kesalahan server", "Server error"},
	"err_internal_text":     {"Terjadi kesalahan pada server; tidak ada yang diubah.", "The server failed; nothing was changed."},
	"err_login_needed":      {"Perlu masuk", "Login needed"},
	"err_login_needed_text": {"Masuk terlebih dahulu.", "Log in first."},
	"err_not_found":         {"Tidak ditemukan", "Not found"},
	"err_not_found_text":    {"Halaman atau butir ini tidak ada.", "There is no such page or item."},
	"err_refused":           {"Ditolak", "Refused"},
	"err_refused_text":      {"Perubahan ditolak; tidak ada yang disimpan.", "The change was refused; nothing was saved."},
	"err_too_large":         {"Terlalu besar", "Too large"},
	"err_too_large_text":    {"Berkas melebihi batas ukuran unggahan.", "The file exceeds the upload size limit."},
}

// messagesID says the package's errors in Indonesian, keyed by their
// English text or format.
var messagesID = i18n.Table{
	"the workspace's framework is unknown":                "kerangka ruang kerja tidak dikenal",
	"the file has no name":                                "berkas tidak bernama",
	"a file name may not hold a path":                     "nama berkas tidak boleh memuat lokasi folder",
	"the file name holds characters that are not allowed": "nama berkas memuat karakter yang tidak diizinkan",
	"the file name is too long":                           "nama berkas terlalu panjang",
	"no file was sent":                                    "tidak ada berkas yang dikirim",
	"files of this type are not accepted: PDF, PNG, JPEG, XLSX, DOCX or plain text only": "berkas jenis ini tidak diterima: hanya PDF, PNG, JPEG, XLSX, DOCX atau teks biasa",
	"invalid input": "masukan tidak sah",
	"%w: %s":        "%w: %s",
	"%w: %s: %w":    "%w: %s: %w",
}
