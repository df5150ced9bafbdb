// Package workspace follows a region's preparation for its digital-government
// evaluation: for every indicator and level, the evidence items (bukti dukung)
// a unit (OPD) must produce, their documents, and the internal assessor's
// verdict on each, and from them the level each indicator has earned, the
// index and predikat that follow, and the outstanding items that would reach a
// target at the least effort.
//
// # The workspace
//
// A Workspace is one instansi's preparation for one evaluation year under one
// framework (any spbe.Framework; in practice PermenPANRB 8/2026, the Indeks
// Pemerintah Digital). It holds Items: per indicator and level, what is to be
// produced (Item Bukti Dukung, Bentuk Output Nyata), who answers for it
// (Penanggung Jawab, Unit Kerja), by when, whether it is a main item (butir
// utama) that decides the level or a supporting one, its document — a file
// with its SHA-256 or an address — and its Status: belum, draf, proses,
// revisi (with a reason) or diterima. Item.Move changes the status by the
// rules of the review and keeps the history of every change: who, when,
// from, to, why.
//
// # The evidenced level
//
// Levels are cumulative, as the evaluation reads them: an indicator stands at
// the highest level L whose main items, and the main items of every level
// below L, are all accepted (diterima). Supporting items never decide a level,
// and a level without a main item cannot be reached by evidence. Level 0 — no
// accepted evidence yet — is the workspace's own way of saying "nothing yet";
// it is not an official level and is scored as 0. An indicator valued from
// another national evaluation (indicators 5, 6, 7 and 18 of PermenPANRB
// 8/2026; Options.Outside) counts at level 1 and is flagged as waiting for
// the outside value until the workspace records it, as one region's portal
// does: a documented default, not a rule of the regulation.
//
// Evaluate gives the Standing: the evidenced level of every indicator beside
// the level its unit claims, the index and predikat of both through
// spbe.Framework.Score (exact, as every score of package spbe), the progress
// per unit and per aspect and the overdue items. What it yields is a
// simulation of the self-assessment, not the official result, which the
// ministry's assessors set.
//
// # The way to a target
//
// Standing.Way turns the plan of package spbe into work: by default the
// least-effort plan, in which raising an indicator to a level costs the number
// of its main items still outstanding there (a level whose main items are all
// accepted but blocked by a lower one costs nothing; a level without a main
// item cannot be planned), or the fewest raises, or a plan priced in rupiah.
// Each raise is then the outstanding items of its level, grouped by unit and
// by due date.
package workspace
