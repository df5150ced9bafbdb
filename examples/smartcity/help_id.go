package main

import (
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/spbe"
)

// helpTexts gives the Indonesian of the tool's help texts, keyed by the
// English: the usage and description of each command, the description of
// each flag, the summaries of the command lists and the few words around
// them. A format keeps the verbs of its English; a name in backquotes is
// the flag's argument, as flag.UnquoteUsage reads it.
var helpTexts = i18n.Table{
	frameworkFlagUsage:   frameworkFlagUsageID,
	cohortFrameworkUsage: frameworkFlagUsageID + ";\nhasil kerangka evaluasi lain lalu ditolak",
	scoreFrameworkUsage: frameworkFlagUsageID + ",\natau " + spbe.PermenPANRB59of2020 +
		"; kolom indikator CSV lebar menyebut kerangka evaluasinya (1…20 " + spbe.PermenPANRB8of2026 +
		",\n1…47 " + spbe.PermenPANRB59of2020 + ", 1…35 " + spbe.PermenPANRB5of2018 + "); 'smartcity spbe frameworks' mendaftar yang bawaan",

	instansiUsage: "`instansi` CSV bentuk panjang, yang tabelnya tidak memiliki kolom instansi; blok judul\n" +
		"\"Instansi;…\" dalam berkas harus menyebut yang sama",
	yearUsage: "`tahun` evaluasi CSV bentuk panjang tanpa kolom tahun; blok judul \"Tahun;…\" atau kolom\n" +
		"tahun dalam berkas harus menyebut yang sama",

	"Usage: %s <command> [flags]\n" +
		"\n" +
		"Commands:\n": "Penggunaan: %s <perintah> [opsi]\n" +
		"\n" +
		"Perintah:\n",

	"list the six smart-city pillars and their elements":                                       "mendaftar enam pilar kota cerdas beserta elemennya",
	"score SPBE and Pemdi assessments (PermenPANRB 8/2026, 59/2020, 5/2018)":                   "menilai penilaian SPBE dan Pemdi (PermenPANRB 8/2026, 59/2020, 5/2018)",
	"validate and summarise smart-city masterplans":                                            "memeriksa dan merangkum rencana induk kota cerdas",
	"score and rank the ministry's yearly smart-city evaluation":                               "menilai dan memeringkat evaluasi kota cerdas tahunan kementerian",
	"write a fill-in Excel workbook: an assessment, a cohort, a masterplan or its realisation": "menulis buku kerja Excel untuk diisi: penilaian, kohort, rencana induk atau realisasinya",

	templateUsage: "smartcity template JENIS [--framework ID|FILE] [--instansi NAMA] [--tahun TAHUN] [--lang id|en] [-o FILE]\n" +
		"\n" +
		"Menulis buku kerja Excel JENIS untuk diisi, yang dibaca kembali apa adanya oleh perintah pembacanya setelah\n" +
		"diisi, tanpa diubah; lembar pertamanya menjelaskan apa diisi di mana. JENIS salah satu dari:\n" +
		"  penilaian (assessment)  satu penilaian SPBE atau Pemdi: instansi dan tahun di atas satu baris per indikator\n" +
		"                          kerangka evaluasi, levelnya dipilih dari daftar pilihan nama level indikator itu,\n" +
		"                          penjelasan, bukti, penanggung jawab dan unit kerja; untuk 'smartcity spbe report',\n" +
		"                          'spbe score' dan 'spbe plan'\n" +
		"  kohort (cohort)         banyak penilaian: satu baris per instansi dan tahun, satu kolom per indikator berisi\n" +
		"                          levelnya; untuk 'smartcity spbe cohort' dan 'spbe score'\n" +
		"  masterplan (plan)       rencana induk kota cerdas: wilayah, program, baris anggaran, KPI dan targetnya, dan\n" +
		"                          daftar lain rencana itu, masing-masing satu lembar; untuk 'smartcity plan validate',\n" +
		"                          'plan summary' dan 'plan report'\n" +
		"  realisasi (realisation, progress)  realisasi tahunan rencana induk: status program, anggaran terserap dan\n" +
		"                          nilai KPI; untuk 'smartcity plan progress'\n" +
		"  evaluasi (evaluation)   hasil evaluasi tahunan kementerian: satu baris per daerah dengan tahap, kelima skor,\n" +
		"                          indeks tahun lalu dan skor per pilar; untuk 'smartcity eval score'\n" +
		"  bukti (evidence)        daftar kerja bukti dukung: instansi dan tahun di atas satu baris per butir —\n" +
		"                          indikator, level, judul, bentuk output, penanggung jawab, unit kerja, status,\n" +
		"                          tenggat, dokumen — level dan status dipilih dari daftar pilihan, judul kolom dalam\n" +
		"                          bahasa Indonesia sebagai kontrak daftar itu; untuk 'smartcity bukti status'\n" +
		"Buku kerjanya ditulis ke -o BERKAS.xlsx, atau ke keluaran standar bila dialihkan: tidak pernah ke terminal.",

	templateFrameworkUsage: "penilaian, kohort, bukti: kerangka evaluasi `ID|FILE` indikatornya: id bawaan (" + spbe.PermenPANRB8of2026 + ",\n" +
		spbe.PermenPANRB59of2020 + ", " + spbe.PermenPANRB5of2018 + ") atau berkas JSON kerangka evaluasi; bawaannya aturan --tahun, atau\n" +
		"tahun berjalan (8/2026 mulai 2026, 59/2020 untuk 2021–2025, 5/2018 untuk 2018–2020)",

	"language of the headers, the level names and the notes: id or en":                                      "bahasa judul kolom, nama level dan petunjuk: id atau en",
	"penilaian, kohort, bukti: fill in the `NAME` of the instansi (\"Pemerintah Kab. Rembang\")":            "penilaian, kohort, bukti: isikan `NAMA` instansi (\"Pemerintah Kab. Rembang\")",
	"penilaian, kohort, bukti: fill in the `YEAR` of the assessment, whose rule then chooses the framework": "penilaian, kohort, bukti: isikan `TAHUN` penilaian, yang aturannya lalu memilih kerangka evaluasi",

	"\n" +
		"Run '%s <command> -h' for the flags of a command.\n": "\n" +
		"Jalankan '%s <perintah> -h' untuk opsi sebuah perintah.\n",

	exitCodesHelp: "\nKode keluar: 0 bila semuanya baik; 1 untuk temuan: pemeriksaan gagal, atau dokumen terbaca tetapi\n" +
		"rusak, tidak valid atau terlalu besar; 2 untuk kesalahan penggunaan, atau berkas yang tidak dapat dibuka\n" +
		"atau dibaca.\n",

	"smartcity pillars [--lang id|en] [--json]": "smartcity pillars [--lang id|en] [--json]",
	"Usage: %s\n": "Penggunaan: %s\n",

	"\n" +
		"Flags:\n": "\n" +
		"Opsi:\n",

	"print a JSON array of the pillars with their elements, names in both languages": "cetak larik JSON pilar beserta elemennya, dengan nama dalam kedua bahasa",
	"language of the names in the table: id or en":                                   "bahasa nama dalam tabel: id atau en",
	outputUsage: "tulis hasilnya ke `FILE`, bukan ke keluaran standar (\"-\"): utuh atau tidak sama sekali, melalui\n" +
		"berkas sementara di sebelahnya, tidak pernah menimpa berkas yang dibaca perintah ini",
	"string":        "teks",
	" (default %s)": " (bawaan %s)",
	"list the built-in frameworks: legal basis, years, method per year, size":               "mendaftar kerangka evaluasi bawaan: dasar hukum, tahun, metode per tahun, ukuran",
	"print a built-in framework as JSON, which --framework FILE reads back":                 "mencetak kerangka evaluasi bawaan sebagai JSON, yang dibaca kembali oleh --framework FILE",
	"score SPBE and Pemdi assessments exactly, as the official results are computed":        "menilai penilaian SPBE dan Pemdi secara eksak, sebagaimana hasil resmi dihitung",
	"plan the fewest or cheapest level raises to a target index or predikat, year by year":  "merencanakan kenaikan level paling sedikit atau paling murah menuju indeks atau predikat target, tahun demi tahun",
	"compare two assessments: every indicator, aspect, domain and the index":                "membandingkan dua penilaian: setiap indikator, aspek, domain dan indeksnya",
	"rank a cohort of results and summarise it (median, quartiles, mean, deviation)":        "memeringkat sekelompok hasil dan merangkumnya (median, kuartil, rata-rata, simpangan)",
	"a Markdown report with the gap to a target, a radar chart, or a CSV for spreadsheets":  "laporan Markdown dengan selisih ke target, grafik radar, atau CSV untuk lembar kerja",
	"check a masterplan and list every problem, in Indonesian or English":                   "memeriksa rencana induk dan mendaftar setiap masalahnya, dalam bahasa Indonesia atau Inggris",
	"budget by pillar, year and source; coverage; roadmap; quick wins":                      "anggaran per pilar, tahun dan sumber; cakupan; peta jalan; quick win",
	"a year's achievement, budget absorption and KPI progress from the realisation":         "capaian setahun, serapan anggaran dan kemajuan IKU dari realisasi",
	"a Markdown report, a roadmap or pillar chart, or a CSV of programmes for spreadsheets": "laporan Markdown, grafik peta jalan atau pilar, atau CSV program untuk lembar kerja",
	"index, improvement and ranking of the ministry's yearly smart-city evaluation":         "indeks, peningkatan dan peringkat evaluasi kota cerdas tahunan kementerian",

	frameworksUsage: "smartcity spbe frameworks [--lang id|en] [--json]\n" +
		"\n" +
		"Mendaftar kerangka evaluasi bawaan, yang terbaru lebih dahulu: id, nama, dasar hukum, tahun-tahun evaluasi\n" +
		"yang aturannya ia tetapkan (\"2026–\" untuk yang berlaku), metode tiap tahun, ukuran dan pita predikat.\n" +
		"Penilaian yang tidak menyebut kerangka evaluasi dinilai menurut aturan tahunnya.",

	"print a JSON array with, per framework, id, name, legal_basis, years, in_force, default,\n" +
		"methods [{year, method}], the counts domains, aspects and indicators, min_level, max_level and bands": "cetak larik JSON berisi, per kerangka evaluasi, id, name, legal_basis, years, in_force, default,\n" +
		"methods [{year, method}], jumlah domains, aspects dan indicators, min_level, max_level dan bands",

	"language of the text and names: id or en": "bahasa teks dan nama: id atau en",

	frameworkUsage: "smartcity spbe framework [--lang id|en] ID\n" +
		"\n" +
		"Mencetak kerangka evaluasi bawaan ID ('smartcity spbe frameworks' mendaftarnya) sebagai JSON: pita predikat,\n" +
		"tahun, metode, skala level, domain, aspek, indikator dengan bobotnya dalam basis poin, dan tabel yang\n" +
		"mengubah nilai dari evaluasi lain menjadi level. 'smartcity spbe score --framework FILE' membaca berkas itu\n" +
		"kembali menjadi kerangka evaluasi yang sama, sehingga salinannya menjadi templat kerangka evaluasi sendiri.",

	"language of the messages: id or en": "bahasa pesan: id atau en",

	scoreUsage: "smartcity spbe score [--framework ID|FILE] [--predicate-basis unrounded|rounded] [--unanswered error|zero]\n" +
		"                          [--max-bytes SIZE] [--max-rows N] [--instansi NAME] [--tahun YEAR] [--lang id|en] [--json] FILE\n" +
		"\n" +
		"Menilai penilaian dalam FILE (\"-\" untuk masukan standar): satu penilaian dalam JSON (atau larik JSON\n" +
		"penilaian), CSV panjang (indikator,level[,tahun,tahap,penjelasan,bukti]) atau CSV lebar\n" +
		"(instansi,tahun,1,…,47), yang dibedakan dari isinya. CSV boleh memakai \",\" atau \";\", tanda petik dan\n" +
		"byte-order mark UTF-8. Tidak ada yang dicetak bila ada penilaian yang tidak sah: setiap masalah didaftar,\n" +
		"dengan baris dan kolomnya, dan kode keluarnya 1. Judul kolom boleh ditulis seperti spreadsheet menulisnya\n" +
		"(\"Nama Instansi\", \"Indikator 1\", kolom \"No\" di depan); CSV panjang boleh menyebut instansi dan tahunnya\n" +
		"pada baris di atas tabelnya (\"Instansi;Kab. Rembang\", \"Tahun;2026\") atau mengambilnya dari --instansi dan\n" +
		"--tahun. Kolom Indeks, Predikat, domain atau aspek yang dihitung lembar kerja diperiksa: nilai yang berbeda\n" +
		"dari hasil eksak menjadi peringatan di galat standar, dan kode keluarnya tetap 0.\n" +
		"\n" +
		"FILE dibaca dua kali, untuk memeriksa setiap penilaian lalu mencetak setiap hasil begitu dinilai, sehingga\n" +
		"memori tetap sama baik CSV lebar berisi sepuluh baris maupun sejuta; masukan standar yang bukan berkas\n" +
		"disimpan dalam berkas sementara selama itu. FILE yang lebih besar daripada --max-bytes, atau CSV dengan\n" +
		"baris data lebih banyak daripada --max-rows, ditolak: naikkan keduanya untuk berkas yang lebih besar.",

	scoreJSONUsage: "cetak satu objek JSON per penilaian per baris, menurut urutan masukan, dengan \"index\" dibulatkan\n" +
		"ke dua desimal sebagai string (\"3.50\"), \"index_exact\" nilai eksaknya sebagai pecahan tersederhana\n" +
		"(\"6997/2000\") dan \"index_value\" bilangan float untuk grafik (3.4985), bukan untuk menghitung;\n" +
		"domains dan aspects demikian pula",

	"language of the names: id or en": "bahasa nama: id atau en",

	"read at most `size` bytes of FILE: a number, or one with a unit, 512KiB, 256MiB, 2GiB\n" +
		"(kB, MB, GB count in thousands)": "baca paling banyak `ukuran` bita dari FILE: sebuah bilangan, atau dengan satuan, 512KiB, 256MiB, 2GiB\n" +
		"(kB, MB, GB dihitung per seribu)",

	"read at most `n` data rows of a CSV FILE": "baca paling banyak `n` baris data dari FILE CSV",
	basisUsage: "ambil predikat dari indeks `dasar`: unrounded (praktik 2024) atau rounded (praktik 2023)",

	unansweredUsage: "perlakukan indikator yang tidak dijawab menurut `kebijakan`: error (tolak penilaian) atau zero (beri nilai 0,\n" +
		"seperti hasil 2023)",

	planUsage: "smartcity spbe plan --target 4.2|Memuaskan [--max-raise-per-year N] [--years Y] [--costs FILE]\n" +
		"                    [--json | --format text|csv|xlsx [--semicolon] [--bom]] [-o FILE] FILE\n" +
		"\n" +
		"Merencanakan kenaikan satu level yang paling sedikit (atau, dengan --costs, yang paling murah) yang membawa\n" +
		"penilaian dalam FILE (JSON atau CSV panjang; \"-\" untuk masukan standar) ke target, tahun demi tahun.\n" +
		"Rencananya eksak, bukan heuristik. Bila target tidak dapat dicapai, rencana mendekat sedekat mungkin,\n" +
		"menyebut batasan yang menahannya, dan kode keluarnya 1.",

	"price the raises from the CSV `FILE` \"indikator,cost[,level]\" and plan the least total cost;\n" +
		"an indicator without a price is not raised": "hargai kenaikan dari `FILE` CSV \"indikator,cost[,level]\" dan rencanakan total biaya terkecil;\n" +
		"indikator tanpa harga tidak dinaikkan",

	"indicator `numbers` that cannot change, comma-separated (\"1,2,29\")": "`nomor` indikator yang tidak boleh berubah, dipisah koma (\"1,2,29\")",

	"print one JSON object: reached, from_index, to_index, total_steps, total_cost and\n" +
		"steps [{indicator, from, to, year, cost, index_after}], with more fields beside them": "cetak satu objek JSON: reached, from_index, to_index, total_steps, total_cost dan\n" +
		"steps [{indicator, from, to, year, cost, index_after}], dengan kolom lain di sampingnya",

	"language of the text: id or en": "bahasa teks: id atau en",
	"raise an indicator at most `N` levels a year (0: no cap, the whole plan in one year)": "naikkan indikator paling banyak `N` level setahun (0: tanpa batas, seluruh rencana dalam satu tahun)",
	"minimum domain indices, `CODE=X,…` (\"D3=3.0\"), for a framework with domains":        "indeks domain minimum, `CODE=X,…` (\"D3=3.0\"), untuk kerangka evaluasi yang memiliki domain",
	"minimum levels, `N=L,…` (\"29=3,30=3\"): lifted first":                                "level minimum, `N=L,…` (\"29=3,30=3\"): dinaikkan lebih dahulu",
	"judge the target on the `basis` index: unrounded (2024 practice) or rounded (2023)":   "nilai target pada indeks `dasar`: unrounded (praktik 2024) atau rounded (2023)",

	"also reach at least the levels of the assessment in `FILE` (a peer's, say): the steps are\n" +
		"then the gap per indicator": "capai pula sekurang-kurangnya level penilaian dalam `FILE` (milik daerah lain, misalnya): langkahnya\n" +
		"lalu menjadi selisih per indikator",

	"the calendar `year` of the plan's first year (default: the assessment's year + 1, or\n" +
		"years numbered 1, 2, … when it has none)": "`tahun` kalender tahun pertama rencana (bawaan: tahun penilaian + 1, atau\n" +
		"tahun bernomor 1, 2, … bila penilaian tidak bertahun)",

	"the `target`: an index (\"4.2\", \"3,5\") or a predikat (\"Memuaskan\", \"Sangat Baik\"),\n" +
		"judged on the predicate basis; a predikat in the bands of the assessment's framework (Memuaskan\n" +
		"from 4.2 under 59/2020, from 4.00 under 8/2026)": "`target`: sebuah indeks (\"4.2\", \"3,5\") atau predikat (\"Memuaskan\", \"Sangat Baik\"),\n" +
		"dinilai pada dasar predikat; predikat menurut pita kerangka evaluasi penilaian (Memuaskan\n" +
		"mulai 4.2 menurut 59/2020, mulai 4.00 menurut 8/2026)",

	"take at most `Y` years (with a cap; an indicator rises at most N × Y levels). Default:\n" +
		"the fewest years in which the target can be met": "ambil paling lama `Y` tahun (dengan batas kenaikan; sebuah indikator naik paling banyak N × Y level).\n" +
		"Bawaan: tahun paling sedikit yang cukup untuk mencapai target",

	compareUsage: "smartcity spbe compare [--framework ID|FILE] [--top N] [--predicate-basis unrounded|rounded] [--lang id|en] [--json] A B\n" +
		"\n" +
		"Membandingkan penilaian B dengan penilaian A (JSON, CSV panjang atau CSV lebar berisi satu baris masing-masing;\n" +
		"dari tahun ke tahun, atau satu daerah dengan daerah lain): setiap indikator, aspek, domain dan indeksnya,\n" +
		"secara eksak, perubahan predikat, dan indikator yang paling banyak naik dan turun. Penilaian menurut kerangka\n" +
		"evaluasi yang berbeda (2025 menurut PermenPANRB 59/2020, 2026 menurut 8/2026) tidak berbagi indikator, aspek\n" +
		"atau domain: hanya indeks dan predikatnya yang dibandingkan, dan keluarannya menyebutkan hal itu.",

	compareJSONUsage: "cetak satu objek JSON: framework, from_framework, to_framework, index_only, from, to, index,\n" +
		"predicate_change, domains, aspects, indicators, gains dan losses, dengan setiap selisih sebagai string\n" +
		"(\"delta\": \"0.35\"), pecahan eksak (\"delta_exact\": \"44/125\") dan bilangan float untuk grafik\n" +
		"(\"delta_value\": 0.352)",

	"take each predikat from the `basis` index: unrounded (2024 practice) or rounded (2023)": "ambil setiap predikat dari indeks `dasar`: unrounded (praktik 2024) atau rounded (2023)",
	"list the `N` biggest gains and losses (-1: all)":                                        "daftar `N` kenaikan dan penurunan terbesar (-1: semua)",

	cohortUsage: "smartcity spbe cohort [--framework ID|FILE] [--predicate-basis unrounded|rounded] [--unanswered error|zero]\n" +
		"                      [--max-bytes SIZE] [--max-rows N] [--lang id|en] [--json | --format text|csv|xlsx|svg [--semicolon] [--bom]]\n" +
		"                      [--top N] [--highlight INSTANSI] [-o FILE] [--out-dir DIR] FILE\n" +
		"\n" +
		"Menilai setiap penilaian dalam FILE (CSV lebar \"instansi,tahun,1,…,47\" — 1,…,20 mulai 2026 — atau bentuk apa\n" +
		"pun yang dibaca `spbe score`; \"-\" untuk masukan standar), memeringkatnya menurut indeks eksak (nilai sama\n" +
		"berbagi peringkat: 1, 2, 2, 4) dan merangkum indeks serta setiap domain: rata-rata, simpangan baku sampel,\n" +
		"dan kuartil R-7 yang dihitung PERCENTILE.INC lembar kerja. Persentil seorang anggota adalah bagian anggota\n" +
		"lain yang indeksnya lebih rendah (PERCENTRANK.INC). Hasil menurut kerangka evaluasi yang berbeda (2025\n" +
		"menurut PermenPANRB 59/2020, 2026 menurut 8/2026) tidak diperingkat bersama: hasil setiap kerangka\n" +
		"evaluasi membentuk kohortnya sendiri, yang terbaru lebih dahulu. FILE yang lebih besar daripada\n" +
		"--max-bytes, atau CSV dengan baris data lebih banyak daripada --max-rows, ditolak: naikkan keduanya untuk\n" +
		"berkas yang lebih besar.",

	"print one JSON object: framework, cohorts, n, index and domains statistics, predicates\n" +
		"counts and the ranked members; one object per framework when the file mixes them": "cetak satu objek JSON: framework, cohorts, n, statistik index dan domains, jumlah predicates\n" +
		"dan anggota yang diperingkat; satu objek per kerangka evaluasi bila berkasnya mencampurnya",

	reportUsage: "smartcity spbe report [--format md|svg|csv|xlsx] [--lang id|en] [--target PREDIKAT|INDEX] [--compare FILE]\n" +
		"            [--chart radar|bars] [--max-raise-per-year N] [--semicolon] [--bom] [--levels] [--framework ID|FILE]\n" +
		"            [--predicate-basis unrounded|rounded] [--unanswered error|zero] [-o FILE | --out-dir DIR] FILE\n" +
		"\n" +
		"Melaporkan penilaian dalam FILE (\"-\" untuk masukan standar), dibaca sebagaimana 'smartcity spbe score'\n" +
		"membacanya: JSON, CSV panjang atau CSV lebar berisi banyak penilaian, atau buku kerja Excel (.xlsx) dari\n" +
		"keduanya, masing-masing dinilai menurut aturan tahunnya kecuali --framework menyebut satu (mulai 2026:\n" +
		"Indeks Pemerintah Digital, yang aspeknya langsung berada di bawah indeks). Laporan ditulis ke keluaran\n" +
		"standar:\n" +
		"  md   laporan Markdown per penilaian: indeks dan predikat, domain, aspek dan indikator beserta levelnya,\n" +
		"       perbandingan dengan --compare dan selisih ke --target dengan kenaikan paling sedikit yang menutupnya;\n" +
		"       di bawah domain (atau aspek) grafiknya di samping --target dan --compare, sebagai SVG di dalam laporan\n" +
		"  svg  grafik radar penilaian FILE di samping penilaian --compare (paling banyak dua): indeks domain, atau\n" +
		"       indeks aspek untuk kerangka evaluasi tanpa domain; dengan --chart bars, batang domain (atau aspek)\n" +
		"       satu penilaian di samping --target dan --compare, dengan nilai tertulis pada setiap batang\n" +
		"  csv  satu baris per penilaian untuk lembar kerja: indeks domain (atau aspek), indeks, predikat, dan\n" +
		"       pembilang eksaknya\n" +
		"  xlsx buku kerja Excel satu penilaian, ke -o BERKAS.xlsx: ringkasan, domain dan aspek dengan grafik\n" +
		"       terhadap --compare dan --target, indikator beserta levelnya, dan rencana menuju --target\n" +
		"Dengan --out-dir, setiap penilaian mendapat berkasnya sendiri di DIR, radarnya di samping radar --compare.\n" +
		"Penilaian yang tidak sah tidak mencetak apa pun dan keluar dengan kode 1.",

	"what to write: text (the summary and the ranking), csv (the ranking, one row per member:\n" +
		"peringkat,instansi,tahun,framework,indeks,indeks_eksak,predikat,persentil,D1,…), xlsx (the ranking\n" +
		"as an Excel workbook with its chart, to -o FILE.xlsx) or svg (a chart of the ranking: its head and\n" +
		"the --highlight members wherever they rank; one framework's cohort)": "yang ditulis: teks (text: ringkasan dan peringkat), csv (peringkat, satu baris per anggota:\n" +
		"peringkat,instansi,tahun,framework,indeks,indeks_eksak,predikat,persentil,D1,…), xlsx (peringkat\n" +
		"sebagai buku kerja Excel beserta grafiknya, ke -o BERKAS.xlsx) atau svg (grafik peringkat: bagian atasnya\n" +
		"dan anggota --highlight di mana pun peringkatnya; kohort satu kerangka evaluasi)",
	"svg: how many members of the head of the ranking to draw, `N` from 1":      "svg: berapa anggota teratas peringkat yang digambar, `N` mulai 1",
	"svg: draw the member `INSTANSI` apart wherever it ranks (repeat for more)": "svg: gambar anggota `INSTANSI` tersendiri di mana pun peringkatnya (ulangi untuk lebih dari satu)",
	"what to write: text (the summary and the steps), csv (the steps, one row per raise:\n" +
		"tahun,indikator,nama_indikator,dari,ke,biaya,indeks_setelah,menuju_minimum) or xlsx (the steps as an\n" +
		"Excel workbook with a chart of the index, to -o FILE.xlsx)": "yang ditulis: teks (text: ringkasan dan langkah), csv (langkah, satu baris per kenaikan:\n" +
		"tahun,indikator,nama_indikator,dari,ke,biaya,indeks_setelah,menuju_minimum) atau xlsx (langkah sebagai\n" +
		"buku kerja Excel beserta grafik indeksnya, ke -o BERKAS.xlsx)",
	outDirUsage: "tulis satu laporan per penilaian ke folder `DIR`, yang dibuat bila belum ada, bukan ke keluaran\n" +
		"standar: masing-masing dinamai menurut instansi dan tahunnya (\"pemerintah-kab-rembang-2024.md\"), dalam --format",
	"also write one report per assessment into the folder `DIR`, created if missing, each named\n" +
		"after its instansi and year: Markdown (\"pemerintah-kab-rembang-2024.md\"), or its CSV row with --format csv,\n" +
		"its workbook with --format xlsx, or its JSON with --json": "tulis juga satu laporan per penilaian ke folder `DIR`, yang dibuat bila belum ada, masing-masing\n" +
		"dinamai menurut instansi dan tahunnya: Markdown (\"pemerintah-kab-rembang-2024.md\"), atau baris CSV-nya\n" +
		"dengan --format csv, buku kerjanya dengan --format xlsx, atau JSON-nya dengan --json",
	"csv: start with a UTF-8 byte-order mark":                                                "csv: awali dengan byte-order mark UTF-8",
	"md, svg, xlsx: set the one assessment in `FILE` beside FILE's (another region or year)": "md, svg, xlsx: sandingkan satu penilaian dalam `FILE` dengan penilaian FILE (daerah atau tahun lain)",
	"what to write: md (Markdown report), svg (radar chart), csv or xlsx (Excel workbook)":   "yang ditulis: md (laporan Markdown), svg (grafik radar), csv atau xlsx (buku kerja Excel)",
	"score with the framework `ID|FILE` (see 'smartcity spbe score -h')":                     "nilai dengan kerangka evaluasi `ID|FILE` (lihat 'smartcity spbe score -h')",
	"language of the report: id or en":                                                       "bahasa laporan: id atau en",
	"csv: add a column per indicator with its level":                                         "csv: tambahkan satu kolom per indikator berisi levelnya",

	"md, xlsx: raise an indicator at most `N` levels a year in the plan toward --target,\n" +
		"which then starts the year after the assessment's": "md, xlsx: naikkan indikator paling banyak `N` level setahun dalam rencana menuju --target,\n" +
		"yang lalu dimulai setahun setelah tahun penilaian",

	"csv: delimit with \";\" and write decimal commas, as spreadsheets in the Indonesian locale read": "csv: pisahkan dengan \";\" dan tulis koma desimal, sebagaimana dibaca lembar kerja berlokal Indonesia",

	"svg: the `chart` to draw: radar, or bars of one assessment beside --target and --compare": "svg: `grafik` yang digambar: radar, atau batang satu penilaian di samping --target dan --compare",

	"md, xlsx, svg --chart bars: show the gap to a `target`: a predikat (Memuaskan, \"sangat baik\"), reached where the\n" +
		"framework's bands say (4.2 under SPBE, 4.00 under the Indeks Pemerintah Digital), or an index (4.2)": "md, xlsx, svg --chart bars: tunjukkan selisih ke `target`: predikat (Memuaskan, \"sangat baik\"), yang dicapai di tempat yang\n" +
		"ditetapkan pita kerangka evaluasi (4.2 untuk SPBE, 4.00 untuk Indeks Pemerintah Digital), atau indeks (4.2)",

	planValidateUsage: "smartcity plan validate [--lang id|en] [--json] FILE\n" +
		"\n" +
		"Memeriksa rencana induk dalam FILE (JSON atau .xlsx; \"-\" untuk masukan standar) dan mendaftar setiap masalah dengan\n" +
		"jalur kolomnya, aturannya, tingkat keparahannya dan pesannya. Setiap pilar dari keenam pilar wajib memiliki\n" +
		"quick win. Kode keluarnya 1 bila ada galat; peringatan saja membiarkannya 0.",

	"print a JSON array of {\"path\", \"rule\", \"severity\", \"message\"}; a problem found while\n" +
		"decoding the file has its \"line\" and \"column\" too, and a rule such as \"unknown_field\", \"type\",\n" +
		"\"enum\" or \"syntax\"": "cetak larik JSON berisi {\"path\", \"rule\", \"severity\", \"message\"}; masalah yang ditemukan saat\n" +
		"membaca berkas juga memiliki \"line\" dan \"column\", dan aturan seperti \"unknown_field\", \"type\",\n" +
		"\"enum\" atau \"syntax\"",

	planSummaryUsage: "smartcity plan summary [--lang id|en] [--json] FILE\n" +
		"\n" +
		"Merangkum rencana induk dalam FILE (JSON atau .xlsx; \"-\" untuk masukan standar): anggaran per pilar, tahun dan sumber\n" +
		"dengan total eksak dalam rupiah, program dan quick win per pilar dan elemen, peta jalan tahun demi tahun dan\n" +
		"quick win-nya. Rencana yang mengandung galat tidak dirangkum (kode keluar 1): jalankan 'smartcity plan\n" +
		"validate' untuk daftarnya.",

	"print the summary as one JSON object": "cetak rangkuman sebagai satu objek JSON",

	planProgressUsage: "smartcity plan progress [--year Y] [--plan PLAN] [--lang id|en] [--json | --format xlsx] FILE\n" +
		"\n" +
		"Melaporkan sejauh mana rencana induk telah berjalan pada tahun Y. FILE (JSON atau .xlsx; \"-\" untuk masukan standar)\n" +
		"adalah dokumen realisasi daerah, disimpan di samping rencananya; ia menyebut rencananya dalam \"plan\",\n" +
		"nama berkas relatif terhadap FILE dan di dalam folder FILE (folder saat ini untuk masukan standar): nama yang\n" +
		"keluar dari folder itu — path absolut, \"..\", tautan yang mengarah ke luar — atau yang bukan berkas biasa\n" +
		"ditolak. --plan memberikannya atau menggantinya, dan boleh menyebut berkas mana pun:\n" +
		"\n" +
		"  {\"region\": \"Rembang\", \"plan\": \"masterplan.json\",\n" +
		"   \"years\": [{\"year\": 2024, \"programs\": [{\"id\": \"GOV-01\", \"status\": \"completed\",\n" +
		"     \"budget\": [{\"source\": \"APBD\", \"amount\": 340000000}],\n" +
		"     \"kpis\": [{\"name\": \"unduhan aplikasi\", \"actual\": 52000}]}]}]}\n" +
		"\n" +
		"Status adalah planned, ongoing (running), completed (done), postponed atau cancelled (dropped), sebagaimana\n" +
		"pada akhir tahun. Realisasi diperiksa terhadap rencana lebih dahulu; galatnya didaftar pada galat standar\n" +
		"(kode keluar 1) dan peringatannya dicetak bersama laporan. Rencananya harus sah.\n" +
		"\n" +
		"Sebuah program direncanakan pada Y bila Y termasuk tahun-tahunnya dan program itu tidak dibatalkan pada\n" +
		"tahun sebelumnya. Program terealisasi bila selesai (pada Y atau sebelumnya) atau sedang berjalan dengan\n" +
		"dana yang dibelanjakan pada Y — atau sedang berjalan pada tahun yang tidak diberi dana oleh rencana. Capaian\n" +
		"per pilar = terealisasi ÷ direncanakan, satu desimal dibulatkan setengah ke atas; pilar tanpa rencana tidak\n" +
		"memiliki data. Serapan anggaran = dana yang dibelanjakan ÷ dana yang direncanakan untuk Y, per pilar dan\n" +
		"sumber dana. Kemajuan IKU = (aktual − baseline) ÷ (target − baseline), untuk kedua arah, terhadap target Y\n" +
		"(atau yang berikutnya, atau yang terakhir); di atas 100 % dilaporkan sebagai terlampaui, tidak pernah\n" +
		"dipangkas. --format xlsx menulis laporan sebagai buku kerja Excel ke -o BERKAS.xlsx (tidak pernah ke\n" +
		"terminal): capaian per pilar dengan grafik, serapan anggaran, program dan IKU-nya.",

	progressJSONUsage: "cetak laporan sebagai satu objek JSON: \"region\", \"year\", \"pillars\" dan \"total\" (direncanakan,\n" +
		"terealisasi, \"achievement\" sebagai persentase satu desimal (\"66.7\", tidak ada bila tidak ada yang\n" +
		"direncanakan), \"achievement_exact\" bagian eksaknya (\"2/3\") dan \"achievement_value\" bilangan float\n" +
		"untuk grafik (0.6667), jumlah per status, serapan anggaran per sumber demikian pula), \"programs\" beserta\n" +
		"IKU-nya (\"progress\" demikian pula), dan \"warnings\"",

	"language of the text and the messages: id or en":                                   "bahasa teks dan pesan: id atau en",
	"the masterplan `PLAN` (JSON or .xlsx); by default the file FILE names in \"plan\"": "rencana induk `PLAN` (JSON atau .xlsx); bawaannya berkas yang disebut FILE dalam \"plan\"",
	"what to write: text, or xlsx (an Excel workbook of the report's tables)":           "yang ditulis: text, atau xlsx (buku kerja Excel berisi tabel laporan)",
	"the `year` to report on; by default the latest year FILE reports":                  "`tahun` yang dilaporkan; bawaannya tahun terakhir yang dilaporkan FILE",

	planReportUsage: "smartcity plan report [--format md|svg|csv|xlsx] [--lang id|en] [--chart roadmap|pillars]\n" +
		"            [--rows programs|budget] [--semicolon] [--bom] FILE\n" +
		"\n" +
		"Melaporkan rencana induk dalam FILE (JSON atau .xlsx; \"-\" untuk masukan standar) ke keluaran standar:\n" +
		"  md   laporan Markdown: daerah dan periode, visi dan misi, cakupan pilar dan elemen, anggaran per pilar\n" +
		"       dan tahun (dengan grafik SVG bagian setiap pilar) serta per sumber dana dalam rupiah, peta jalan,\n" +
		"       quick win, program dan catatan\n" +
		"  svg  grafik peta jalan program per pilar dan tahun, dengan quick win ditonjolkan, atau dengan --chart\n" +
		"       pillars batang program dan anggaran setiap pilar dengan bagiannya dalam persen\n" +
		"  csv  satu baris per program dengan satu kolom per tahun, atau dengan --rows budget satu baris per baris\n" +
		"       anggaran\n" +
		"  xlsx buku kerja Excel, ke -o BERKAS.xlsx (tidak pernah ke terminal): program, anggaran per pilar\n" +
		"       dengan grafik serta per pilar, tahun dan sumber, dan KPI\n" +
		"Rencana yang mengandung galat tidak dilaporkan (kode keluar 1): jalankan 'smartcity plan validate' untuk\n" +
		"daftarnya.",

	"svg: the `chart` to draw: roadmap or pillars":                           "svg: `grafik` yang digambar: roadmap atau pillars",
	"what to write: md (Markdown report), svg (chart), csv or xlsx":          "yang ditulis: md (laporan Markdown), svg (grafik), csv atau xlsx",
	"csv: one row per programme (`programs`) or per budget line (budget)":    "csv: satu baris per program (`programs`) atau per baris anggaran (budget)",
	"csv: delimit with \";\", as spreadsheets in the Indonesian locale read": "csv: pisahkan dengan \";\", sebagaimana dibaca lembar kerja berlokal Indonesia",

	evalScoreUsage: "smartcity eval score [--weights baseline=10,output=20,outcome=30,impact=20,quick_win=20] [--lang id|en]\n" +
		"       [--json | --format text|xlsx] FILE\n" +
		"\n" +
		"Menilai evaluasi tahunan kementerian atas penerapan kota cerdas. FILE (JSON atau .xlsx; \"-\" untuk masukan\n" +
		"standar) memuat satu evaluasi atau larik JSON evaluasi:\n" +
		"\n" +
		"  {\"region\": \"Kabupaten Rembang\", \"province\": \"Jawa Tengah\", \"year\": 2024, \"stage\": \"II\",\n" +
		"   \"scores\": {\"baseline\": 4, \"output\": 3.5, \"outcome\": 3, \"impact\": 2.5, \"quick_win\": 4.5},\n" +
		"   \"previous_index\": 3.2}\n" +
		"\n" +
		"Nilai berupa desimal dari 0 sampai 5, kelimanya wajib; \"province\", \"previous_index\", \"pillar_scores\"\n" +
		"(kode pilar → nilai), \"illustrative\" dan \"notes\" boleh ada. Indeksnya rata-rata berbobot kelima nilai,\n" +
		"eksak, ditampilkan dengan dua desimal dibulatkan setengah menjauhi nol; peningkatannya indeks dikurangi\n" +
		"\"previous_index\". Larik diperingkat menurut indeks eksak, tertinggi lebih dahulu, secara nasional dan di\n" +
		"dalam setiap provinsi yang disebut, tahun demi tahun; indeks yang sama berbagi peringkat (1, 2, 2, 4).\n" +
		"Tidak ada yang dicetak bila ada evaluasi yang tidak sah: setiap masalah didaftar pada galat standar dan\n" +
		"kode keluarnya 1.\n" +
		"Buku kerja memuat satu evaluasi per baris pada lembar Evaluasi ('smartcity template evaluasi' menulisnya):\n" +
		"satu baris dinilai sebagai satu evaluasi, beberapa baris diperingkat. --format xlsx menulis buku kerja Excel\n" +
		"ke -o BERKAS.xlsx (tidak pernah ke terminal): hasilnya dengan grafik skor, atau peringkatnya dengan grafik batang.",

	"what to write: text, or xlsx (an Excel workbook: the result, or the ranking with a bar chart)": "yang ditulis: text, atau xlsx (buku kerja Excel: hasilnya, atau peringkatnya dengan grafik batang)",

	evalJSONUsage: "cetak {\"region\", \"province\", \"year\", \"stage\", \"index\", \"index_exact\", \"index_value\",\n" +
		"\"improvement\", \"improvement_exact\", \"improvement_value\"} untuk satu evaluasi: \"index\" dengan dua\n" +
		"desimal dibulatkan setengah menjauhi nol sebagai string (\"3.40\"), \"index_exact\" pecahan tersederhana (\"17/5\"),\n" +
		"\"index_value\" bilangan float untuk grafik (3.4), bukan untuk menghitung; \"improvement\" dan\n" +
		"kedua pasangannya demikian pula dan bertanda, hanya bila \"previous_index\" diberikan; untuk larik, larik\n" +
		"objek semacam itu menurut urutan peringkat, masing-masing dengan \"rank\", \"cohort_size\" dan, bila\n" +
		"menyebut provinsi, \"province_rank\" dan \"province_size\"",

	"the `weights` of the five dimensions in whole percent, summing to 100, all five given:\n" +
		"baseline=10,output=20,outcome=30,impact=20,quick_win=20 when left out\n" +
		"(another reading of the guidance: baseline=10,output=20,outcome=30,impact=30,quick_win=10)": "`bobot` kelima dimensi dalam persen bulat, berjumlah 100, kelimanya diberikan:\n" +
		"baseline=10,output=20,outcome=30,impact=20,quick_win=20 bila tidak diberikan\n" +
		"(tafsiran lain atas pedoman: baseline=10,output=20,outcome=30,impact=30,quick_win=10)",

	"where an evidence workspace (bukti dukung) stands, and the way to its target":                        "posisi ruang kerja bukti dukung, dan jalan menuju targetnya",
	"where an evidence workspace stands: the evidenced index beside the claim, and the way to the target": "posisi ruang kerja bukti dukung: indeks dari bukti di samping klaim, dan jalan menuju target",
	"a workspace FILE": "FILE ruang kerja",

	buktiStatusUsage: "smartcity bukti status [--target INDEKS|PREDIKAT] [--today YYYY-MM-DD] [--fewest] [--framework ID|FILE]\n" +
		"       [--lang id|en] [--json | --format text|xlsx] [-o FILE] FILE\n\n" +
		"Membaca ruang kerja bukti dukung — FILE berupa JSON-nya, atau daftar kerja sebagai buku kerja Excel atau\n" +
		"CSV ('smartcity template bukti' menulis yang kosong), dibedakan dari isinya; \"-\" untuk masukan standar —\n" +
		"dan menyatakan posisinya: indeks dan predikat dari bukti yang diterima di samping yang diklaim unit kerja\n" +
		"(simulasi penilaian mandiri, bukan hasil resmi), indikator yang tertahan di bawah klaimnya dan level yang\n" +
		"menahannya, indikator yang menunggu nilai dari evaluasi nasional lain, kemajuan per unit kerja, dan jalan\n" +
		"menuju target: butir yang belum diterima dalam rencana dengan upaya paling sedikit (dengan --fewest,\n" +
		"kenaikan level paling sedikit), per unit kerja, masing-masing dengan tenggatnya. Indikator berada pada\n" +
		"level tertinggi yang butir utamanya, dan butir utama setiap level di bawahnya, sudah diterima. Tidak ada\n" +
		"yang dicetak bila ruang kerja tidak valid: setiap masalah didaftar di keluaran galat pada tempatnya (path\n" +
		"JSON, atau lembar dan sel) dan kode keluarnya 1; kode keluarnya 1 juga bila target tidak dapat dicapai.\n" +
		"--format xlsx menulis daftar kerja sebagai buku kerja Excel ke -o BERKAS.xlsx (butir ruang kerja JSON,\n" +
		"tanpa riwayatnya).",
	buktiJSONUsage: "cetak {\"standing\", \"way\"}: \"standing\" berisi \"instansi\", \"tahun\", \"ilustrasi\", \"note\" (simulasi,\n" +
		"bukan hasil resmi), \"today\", \"evidenced\" dan \"claimed\" (indeks tepat dan seperti dipublikasikan,\n" +
		"predikat, aspek), \"indicators\" (masing-masing \"evidenced\", \"claimed\", \"outside\", \"waiting\", \"next\",\n" +
		"\"missing\", \"unreachable\", \"items\"), \"total\", \"units\", \"aspects\" dan \"overdue\"; \"way\", hanya bila\n" +
		"ada target, berisi \"plan\" seperti dicetak 'spbe plan --json', \"effort\", \"result\" (setelah jalannya\n" +
		"selesai), \"items\", \"steps\" (setiap kenaikan dengan \"items\"-nya), \"units\" dan \"dates\" (butir yang\n" +
		"belum diterima, dikelompokkan)",
	buktiTargetUsage: "`target`: indeks (\"4.00\", \"3,5\") atau predikat (\"Sangat Baik\"); bawaannya target ruang kerja\n" +
		"itu sendiri, dan tanpa target tidak ada jalan",
	buktiTodayUsage:  "nilai butir yang lewat tenggat pada hari `YYYY-MM-DD` (bawaan: hari ini)",
	buktiFewestUsage: "rencanakan kenaikan level paling sedikit, bukan butir utama yang belum diterima paling sedikit",
	buktiFrameworkUsage: "kerangka evaluasi `ID|FILE`: id bawaan atau berkas JSON kerangka evaluasi; bawaannya yang disebut\n" +
		"ruang kerja, atau aturan tahunnya",
	buktiFormatUsage: "yang ditulis: text, atau xlsx (daftar kerja sebagai buku kerja Excel, ke -o BERKAS.xlsx)",

	"a FILE to score":          "FILE yang akan dinilai",
	"a FILE to validate":       "FILE yang akan diperiksa",
	"a FILE to summarise":      "FILE yang akan dirangkum",
	"a realisation FILE":       "FILE realisasi",
	"a FILE to report on":      "FILE yang akan dilaporkan",
	"a FILE of results":        "FILE berisi hasil",
	"an assessment FILE":       "FILE penilaian",
	"Run '%s -h' for usage.\n": "Jalankan '%s -h' untuk cara penggunaannya.\n",
}

// frameworkFlagUsageID is the Indonesian of frameworkFlagUsage.
const frameworkFlagUsageID = "nilai dengan kerangka evaluasi `ID|FILE`: id bawaan (" + spbe.PermenPANRB8of2026 + ", " +
	spbe.PermenPANRB59of2020 + ",\n" + spbe.PermenPANRB5of2018 + ") atau berkas JSON kerangka evaluasi; bawaannya yang disebut setiap penilaian,\n" +
	"atau aturan tahunnya (5/2018 untuk 2018–2020, 59/2020 untuk 2021–2025, 8/2026 mulai 2026)"
