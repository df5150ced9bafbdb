package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEvalScoreGolden(t *testing.T) {
	goldenCases(t, "eval", nil, []goldenCase{
		{"score-rembang.id.txt", []string{"eval", "score", rembangEvaluation}},
		{"score-rembang.en.txt", []string{"eval", "score", "--lang", "en", rembangEvaluation}},
		{"score-cohort.id.txt", []string{"eval", "score", libraryEvalTestdata("cohort.json")}},
		{"score-cohort.en.txt", []string{"eval", "score", libraryEvalTestdata("cohort.json"), "--lang=en"}},
		{"score-cohort.json", []string{"eval", "score", "--json", libraryEvalTestdata("cohort.json")}},
	})
}

// The hand-computed case: scores 4, 3.5, 3, 2.5, 4.5 under 10/20/30/20/20
// give (40 + 70 + 90 + 50 + 90) / 100 = 3.40.
func TestEvalScoreJSON(t *testing.T) {
	code, out, errOut := runCLI(t, "", "eval", "score", "--json", evalTestdata("single.json"))
	require.Equal(t, exitOK, code, errOut)
	var got map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	assert.Equal(t, map[string]any{"region": "Kabupaten Satu", "year": 2024.0, "stage": "II", "index": "3.40", "index_exact": "17/5", "index_value": 3.4}, got)

	// The Rembang example: (35 + 75 + 97.5 + 60 + 70) / 100 = 3.375, an
	// exact tie shown 3.38; 3.375 − 3.21 = 0.165, shown 0.17.
	code, out, _ = runCLI(t, "", "eval", "score", "--json", rembangEvaluation)
	require.Equal(t, exitOK, code)
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	assert.Equal(t, "3.38", got["index"])
	assert.Equal(t, "27/8", got["index_exact"])
	assert.Equal(t, "0.17", got["improvement"])
	assert.Equal(t, "33/200", got["improvement_exact"])

	// Standard input, and the weights of the other reading of the guidance:
	// (40 + 70 + 90 + 75 + 45) / 100 = 3.20.
	doc, err := os.ReadFile(evalTestdata("single.json"))
	require.NoError(t, err)
	code, out, _ = runCLI(t, string(doc), "eval", "score", "--json", "--weights", "baseline=10,output=20,outcome=30,impact=30,quick_win=10", "-")
	require.Equal(t, exitOK, code)
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	assert.Equal(t, "3.20", got["index"])
	assert.Equal(t, "16/5", got["index_exact"])
}

// An array is ranked: each object carries its rank; ties share one.
func TestEvalScoreCohortJSON(t *testing.T) {
	code, out, _ := runCLI(t, "", "eval", "score", "--json", libraryEvalTestdata("cohort.json"))
	require.Equal(t, exitOK, code)
	var got []struct {
		Region       string `json:"region"`
		Index        string `json:"index"`
		Improvement  string `json:"improvement"`
		Rank         int    `json:"rank"`
		ProvinceRank int    `json:"province_rank"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	require.Len(t, got, 6)
	var ranks []int
	for _, s := range got {
		ranks = append(ranks, s.Rank)
	}
	assert.Equal(t, []int{1, 2, 3, 3, 5, 6}, ranks)
	assert.Equal(t, "Kabupaten Tiga", got[5].Region)
	assert.Equal(t, "-0.06", got[5].Improvement, "−0.055 rounds half away from zero")
	assert.Equal(t, 3, got[5].ProvinceRank)

	code, out, _ = runCLI(t, "[]", "eval", "score", "--json", "-")
	require.Equal(t, exitOK, code)
	assert.Equal(t, "[]\n", out)
}

func TestEvalScoreErrors(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr []string
	}{
		{"no file", []string{"eval", "score"}, exitUsage, []string{"FILE yang akan dinilai wajib diberikan"}},
		{"two files", []string{"eval", "score", "a", "b"}, exitUsage, []string{`argumen "b" tidak diharapkan`}},
		{"weights not summing to 100", []string{"eval", "score", "--weights", "baseline=10,output=20,outcome=30,impact=20,quick_win=10", evalTestdata("single.json")},
			exitUsage, []string{"--weights: jumlah bobot 90, bukan 100"}},
		{"a weight left out", []string{"eval", "score", "--weights", "baseline=10,output=20,outcome=30,impact=40", evalTestdata("single.json")},
			exitUsage, []string{"--weights: quick_win tidak ada"}},
		{"a bad weight", []string{"eval", "score", "--weights=baseline=ten", evalTestdata("single.json")},
			exitUsage, []string{`--weights: "baseline=ten": bobot harus persen bulat dari 0 sampai 100; output, outcome, impact, quick_win tidak ada`}},
		{"a bad weight, in English", []string{"eval", "score", "--lang", "en", "--weights=baseline=ten", evalTestdata("single.json")},
			exitUsage, []string{`--weights: "baseline=ten": a weight must be a whole percent from 0 to 100; missing output, outcome, impact, quick_win`}},
		{"bad lang", []string{"eval", "score", "--lang", "fr", evalTestdata("single.json")}, exitUsage, []string{"--lang harus id atau en"}},
		{"missing file", []string{"eval", "score", evalTestdata("missing.json")}, exitUsage, []string{"missing.json"}},
		{"unknown dimension", []string{"eval", "score", evalTestdata("unknown-dimension.json")}, exitFinding,
			[]string{`smartcity eval score: baris 2, kolom 90 (scores.innovation): kolom "innovation" tidak dikenal`}},
		{"unknown dimension, in English", []string{"eval", "score", "--lang", "en", evalTestdata("unknown-dimension.json")}, exitFinding,
			[]string{`line 2, column 90 (scores.innovation): unknown field "innovation"`}},
		{"invalid cohort", []string{"eval", "score", "--lang", "en", libraryEvalTestdata("invalid.json")}, exitFinding, []string{
			"../../masterplan/evaluation/testdata/eval/invalid.json is not valid:",
			"  [0].stage: evaluation stage is required",
			"  [0].scores.output: Output score 5.01 must lie between 0 and 5",
			"  [0].scores.impact: Impact score is required",
			"  [1].region: region is required",
			"  [1].scores.baseline: Baseline score -0.5 must lie between 0 and 5",
			`  [2].region: "kabupaten  satu" is already evaluated for 2024 at [0]`,
		}},
		{"invalid, in Indonesian", []string{"eval", "score", libraryEvalTestdata("invalid.json")}, exitFinding, []string{
			"  [0].scores.output: skor Output 5.01 harus di antara 0 dan 5",
		}},
		{"unknown subcommand", []string{"eval", "rank"}, exitUsage, []string{`perintah "rank" tidak dikenal`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runFails(t, "", tt.code, tt.args, tt.stderr...)
		})
	}

	code, out, errOut := runCLI(t, `{"region": "A"}`, "eval", "score", "-")
	assert.Equal(t, exitFinding, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "stage: tahap evaluasi wajib diisi")
	assert.Contains(t, errOut, "scores.quick_win: skor Quick Win wajib diisi")
}

func TestEvalHelp(t *testing.T) {
	code, out, _ := runCLI(t, "", "eval", "score", "-h", "--lang", "en")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "Usage: smartcity eval score [--weights baseline=10,output=20,outcome=30,impact=20,quick_win=20]")
	assert.Contains(t, out, "baseline=10,output=20,outcome=30,impact=30,quick_win=10")
	assert.Contains(t, out, "equal indices share a rank (1, 2, 2, 4)")

	code, out, _ = runCLI(t, "", "-h")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "eval ")

	code, out, _ = runCLI(t, "", "eval", "help")
	assert.Equal(t, exitOK, code)
	assert.True(t, strings.HasPrefix(out, "Penggunaan: smartcity eval <perintah>"))
}

// An empty array is an empty ranking, whose JSON is an empty array.
func TestEvalScoreEmptyCohort(t *testing.T) {
	out := runOK(t, " [ ]\n", "eval", "score", "--json", "-")
	assert.Equal(t, "[]\n", out)
}

// TestEvalScoreListsEveryProblem: an evaluation with an unknown stage, a
// score written as a word and a score above 5 is refused with all three
// named, decoding's first.
func TestEvalScoreListsEveryProblem(t *testing.T) {
	data, err := os.ReadFile(rembangEvaluation)
	require.NoError(t, err)
	doc := strings.NewReplacer(`"stage": "II"`, `"stage": "IX"`, `"impact": 3,`, `"impact": "tiga",`, `"output": 3.75`, `"output": 7`).Replace(string(data))
	path := filepath.Join(t.TempDir(), "evaluation.json")
	require.NoError(t, os.WriteFile(path, []byte(doc), 0o600))
	code, out, errOut := runCLI(t, "", "eval", "score", "--lang", "en", path)
	assert.Equal(t, exitFinding, code)
	assert.Empty(t, out)
	assert.Equal(t, "smartcity eval score: "+path+" is not valid:\n"+
		"  line 5, column 12 (stage): unknown evaluation stage \"IX\" (did you mean I?)\n"+
		"  line 6, column 76 (scores.impact): cannot use JSON string as number\n"+
		"  scores.output: Output score 7 must lie between 0 and 5\n", errOut)
}
