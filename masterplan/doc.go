// Package masterplan models a region's smart-city masterplan (rencana
// induk) of the Gerakan Menuju Smart City — the plan a kabupaten, kota or
// provinsi builds with the ministry in four technical workshops (Bimtek
// I–IV) — checks it so that a region's tool can show every problem at
// once, in Indonesian or English, and follows it after it is signed, year
// by year, in its realisation.
//
// # Where to start
//
//   - Read a plan: [Load] or [Decode]; check it: [Plan.Validate]; total it:
//     [Plan.Summarize].
//   - Report on it: [Plan.WriteReport], [Plan.RoadmapSVG],
//     [Plan.PillarSharesSVG], [Plan.WriteProgramsCSV], [Plan.WriteBudgetCSV].
//   - Monitor it: [DecodeProgress], [Progress.Validate], [Progress.Report].
//
// The ministry's yearly evaluation of smart-city implementation, which
// scores regions rather than plans, is package
// [github.com/kotacerdas/smartcity/masterplan/evaluation].
//
// The repository's examples/rembang/masterplan.json is an illustrative
// plan of Kabupaten Rembang built from public facts, with its realisation
// (progress-2024.json); most examples here use it. The command-line tool
// examples/smartcity does the same for people who do not write Go:
// smartcity plan validate, summary, progress and report. Package
// [github.com/kotacerdas/smartcity/masterplan/plantest] builds valid plans
// for tests.
//
// # The plan
//
// A [Plan] holds the [Region], a [Period] of 5 to 10 years, the vision and
// missions, the [RPJMD] it aligns with and the strategic issues taken from
// it, the [LegalBasis] that adopts it, the [Institutions] (Dewan Smart City,
// Tim Pelaksana and the leader), the three [Book] volumes as structured
// content, the region's [Readiness] (three readiness pillars × three
// sub-items, scored 1–5 with SWOT and evidence, and the latest SPBE
// result), the [Strategy] per pillar and element, the programmes and the
// region's [Lifecycle] through the stages of the programme.
//
// Each [Program] sits under one element of the six pillars (package
// [github.com/kotacerdas/smartcity/pillar]), has an owner OPD, a [Horizon]
// that agrees with its years, budget lines ([BudgetLine]) in whole rupiah
// (int64) by year and funding [Source], a [KPI] list with yearly targets and
// an action plan. Quick wins are programmes flagged QuickWin.
//
// Enumerations ([RegionKind], [Horizon], [Source], [Direction], [Status],
// [Stage], [LegalKind], [BookVolume], [ReadinessPillar],
// [ReadinessSubItem], [KPIState]) are uint8 types whose zero value means
// "unset"; they marshal to stable codes, and any of them reads from text
// with UnmarshalText, which accepts what people write: the code, and the
// Indonesian and English names ("selesai", "jangka menengah"). Text that
// names nothing is a *smartcity.ParseError that suggests the nearest code.
// Dates are civil dates ([Date]), written "2006-01-02".
//
// # Reading and writing
//
// [Decode] and [Load] read JSON strictly: an unknown field, an unknown
// code, a value of the wrong type (a number written as a string too), a
// key written twice or in another case, text that is not UTF-8 or
// trailing data is an error — a UTF-8 byte-order mark may start the
// document, as in every JSON document of the library — and
// decoding does not stop at the first — errors.As finds in the error the
// [github.com/kotacerdas/smartcity.Problems] with every one, each with its
// path, line and column and a rule code ("unknown_field", "enum", "type"),
// a code that names nothing suggesting the one it was probably meant to be
// ("did you mean GOV.SVC?"). A document over the size limit (64 MiB
// unless set in [DecodeOptions]) is refused with [ErrTooLarge]. So that a
// small document cannot take memory out of proportion to its size, the
// lists are capped, each far above a real region's: 2,000 programmes (a
// realisation year's too), 100 KPIs, 200 budget lines and 200 action steps
// a programme, 100 targets a KPI, 100 years a realisation, and 100,000
// array elements in all; arrays and objects nest at most 64 deep. A
// document over a cap is refused before anything of it is decoded, with
// a problem of rule "max_items" (or "max_depth") at the array's path that
// names the cap: "programs: 100000 elements, more than the 2000 allowed".
// Problems are kept up to a cap as well, 1,000 unless set in
// [ValidateOptions], and the rest counted in one closing problem, "and
// 799039 more".
// [Validate] reads a plan document and reports everything at once: the
// problems of decoding, then Plan.Validate's on what could be decoded;
// [ValidateProgress] does the same for a realisation. A valid document is decoded over its
// bytes without a second copy. encoding/json writes a Plan back without
// loss: decoding what was encoded gives the same Plan. The types carry YAML
// tags for YAML libraries that honour them; the package itself has no YAML
// dependency.
//
// The JSON Schemas (draft 2020-12) of the two documents —
// plan.schema.json and progress.schema.json — lie beside the package's
// source for editors and for tools in other
// languages; go generate rebuilds them from the types.
//
// # Workbooks
//
// A plan and its realisation are read from Excel workbooks as well as
// from JSON (see Reading and writing). The workbook of a plan
// ([ReadWorkbook], [WriteWorkbook], [WriteTemplate]) has
// a sheet per part of the plan, named in Indonesian (or in English:
// either name is read); each table's first row is its header, whose
// columns may stand in any order under their Indonesian or English
// header, or the JSON field's name ("Tahun", "Year", "year"), compared
// without regard to case, spacing or underscores:
//
//	Rencana (Plan)           labelled values, one a row: Isian | Nilai | Keterangan —
//	                         the region, period, vision, missions (a row each), RPJMD,
//	                         strategic issues, legal basis, council, team, leader, SPBE
//	                         result and notes; Keterangan explains and is never read
//	Program (Programmes)     Kode, Nama program, Uraian, Pilar, Elemen, OPD penanggung
//	                         jawab, OPD pendukung (separated by ";"), Jangka, Tahun mulai,
//	                         Tahun selesai, Quick win, Berbasis TI, Status, Ilustratif
//	Anggaran (Budget)        Kode program, Tahun, Sumber dana, Jumlah (whole rupiah)
//	KPI (KPIs)               Kode program, Nama KPI, Satuan, Nilai awal, Arah
//	Target KPI (KPI targets) Kode program, Nama KPI, Tahun, Target
//	Rencana Aksi             Kode program, Langkah, Tahun, Keluaran
//	  (Action plan)
//	Strategi (Strategies)    Pilar, Elemen, Strategi
//	Kesiapan (Readiness)     Butir, Nilai kini, Target
//	SWOT (SWOT)              Butir, Jenis (kekuatan, kelemahan, peluang, ancaman, bukti), Isi
//	Anggota (Members)        Lembaga (dewan, tim), Nama, Jabatan
//	Buku (Books)             Buku, Bagian ("" for the book's title, "1", "1.2" for its
//	                         sections in order), Judul, Isi
//	Tahapan (Lifecycle)      Tahap, Tanggal, Tanggal selesai, Catatan
//
// Codes are the library's (an element "GOV.SVC", a source "APBD", a stage
// "bimtek_1"); horizons, statuses, directions and region kinds may be
// their names too ("jangka menengah", "berjalan", "naik", "Kabupaten").
// Yes-or-no columns read "Ya"/"Tidak" (or "Yes"/"No", 1/0); years and
// amounts are numbers; dates a date cell or text "2024-06-23"; KPI
// values exact decimals ("85.5"). Sheets of other names are not read,
// nor the hidden sheet Pilihan of the drop-down lists. A column the
// layout does not have, or one given twice, is refused at its header's
// cell: a sheet's own totals belong on another sheet.
//
// The workbook of a realisation ([ReadProgressWorkbook],
// [WriteProgressWorkbook], [WriteProgressTemplate]) has four sheets, read as
// the plan's are:
//
//	Laporan (Report)                 labelled values: Wilayah, Berkas rencana, Ilustratif,
//	                                 Tahun laporan (a row per year reported), Catatan
//	Realisasi (Realisation)          Tahun, Kode program, Status, Catatan
//	Realisasi Anggaran (Spending)    Tahun, Kode program, Sumber dana, Jumlah (whole rupiah)
//	Capaian KPI (KPI values)         Tahun, Kode program, Nama KPI, Capaian
//
// A year is reported when the sheet Laporan lists it or a row of
// Realisasi names it; the money and the KPI values of a programme in a
// year need the row of that programme and year on the sheet Realisasi.
//
// Every problem of a workbook names its sheet and cell, those that
// [Plan.Validate] and [Progress.Validate] find at a path too ("lembar
// Anggaran, sel D3"); a problem of reading also has its cell's row as its
// Line, as a problem of decoding JSON has its line. [Plan.WriteReportWorkbook]
// and [ProgressReport.WriteWorkbook] write the reports' tables for
// analysts, on sheets named apart from these, so that a report is never
// read back as a plan.
//
// # Validation
//
// [Plan.Validate] returns smartcity.Problems: every broken rule at once,
// each with the path of the field in JSON names
// ("programs[3].budget[1].year"), a rule code, a severity and a message
// said in Indonesian or English when it is asked for — there is no
// package-level setting. Field rules use go-playground/validator with its
// Indonesian and English translations on a private validator, built once;
// the exported
// types carry only the validator's built-in tags, so an importer's own
// validator can walk them. The masterplan's own rules run in code: unique
// programme ids, years inside the plan and the programme, the horizon
// against the duration, budget amounts and years, KPI target years and
// direction, a quick win in each pillar (an error when
// ValidateOptions.RequireQuickWinPerPillar is set, a warning otherwise), a
// warning for a pillar without programmes, the lifecycle moving forward,
// and the Kemendagri code's form.
//
// Problems.Err returns the problems as an error when they hold an error
// (warnings alone leave a plan valid); a problem found by a field tag
// unwraps to the validator's validator.FieldError. [Lifecycle.Advance]
// refuses a step with the same problem a document's check would find.
//
// # Summaries and reports
//
// [Plan.Summarize] totals the budget by pillar × year × source with exact
// int64 arithmetic (a total that does not fit is an error wrapping
// [ErrOverflow] that names it), counts programmes and quick wins in the
// 6 × 3 coverage matrix, lays out the roadmap year by year and lists the
// quick wins: a [Summary].
//
// [Plan.WriteReport] writes the plan as a Markdown report for a regency's
// leadership — region and period, vision and missions, coverage, budget by
// pillar, year and funding source in rupiah, roadmap, quick wins,
// programmes and notes — in Indonesian or English ([ReportOptions]).
// [Plan.RoadmapSVG] draws the roadmap of programmes by pillar and year,
// quick wins highlighted, and [Plan.PillarSharesSVG] each pillar's
// programmes and budget as bars with their shares, as standalone SVG; the
// Markdown report carries the shares chart under the budget by pillar. [Plan.WriteProgramsCSV]
// and [Plan.WriteBudgetCSV] export the programmes and the budget lines for
// spreadsheets ([ExportOptions]), safe against formula injection. Every
// report depends on the plan alone, byte for byte, and escapes its text.
//
// # Monitoring
//
// After the plan is signed the region reports, year by year, what became
// of each programme. That realisation is a document of its own, a
// [Progress] ([DecodeProgress], [LoadProgress]): per year, each programme's
// [Status] at the end of the year, the money spent by funding source and
// the KPI values reached. [Progress.Validate] checks it against the plan —
// unknown programme ids, KPIs the programme does not have, negative
// amounts, years outside the plan — and returns Problems with paths, all at
// once, in Indonesian or English, as Plan.Validate does.
//
// The package opens no file a document names. A realisation names its
// plan in [Progress].Plan, a file name inside the document's own folder
// (Validate refuses one that leaves it, rule "reference"), but the plan is
// always the caller's: [ValidateProgress], Progress.Validate and
// Progress.Report take the *Plan the caller read, so that a server checks
// an uploaded realisation against the plan it chose and never reads a path
// an upload wrote. Only the command line follows Plan, inside the
// realisation's folder, to a regular file within the size limit.
//
// [Progress.Report] computes a year's [ProgressReport]: per pillar and for
// the whole plan, the achievement (programmes realised ÷ programmes
// planned), the budget absorption per funding source (money spent ÷ money
// planned, exact int64 sums), and for each programme its status and each
// KPI's progress from baseline to target in the KPI's direction. A
// programme is realised in a year when it is completed, or ongoing with
// money spent on it that year (or ongoing in a year the plan gives it no
// money); the ProgressReport documentation defines each term. Rates are
// exact ([smartcity.Number]) and rounded, half away from zero, only when
// shown ([smartcity.Lang.Percent] writes "66,7%"), and a pillar with
// nothing planned has no data rather than 0 %.
//
// A [Summary] and a [ProgressReport] marshal with encoding/json to the
// JSON that `smartcity plan summary` and `smartcity plan progress` print
// with --json, and a ProgressReport reads it back. A rate is written three
// ways: the percentage with one decimal ("achievement": "66.7"), the exact
// fraction ("achievement_exact": "2/3") and a float of that fraction for
// charts ("achievement_value": 0.6666666666666666).
//
// # Sources
//
// The Gerakan Menuju Smart City guidance of the Ministry of Communication
// and Informatics (Kominfo, Komdigi since late 2024): the pillars and
// elements, the readiness assessment of Bimtek I, the three books and the
// stages of the programme. The guidance sets no numeric readiness scale;
// the 1–5 scale here is this package's.
package masterplan
