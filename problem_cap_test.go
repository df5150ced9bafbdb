package smartcity_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
)

func TestProblemsAddKeepsTheFirstAndCountsTheRest(t *testing.T) {
	bad := smartcity.Problem{Path: "a", Rule: "required", Severity: smartcity.Error, Err: errOutOfRange}
	warn := smartcity.Problem{Path: "b", Rule: "kpi_direction", Severity: smartcity.Warning, Err: said{"going up", "naik"}}
	var ps smartcity.Problems
	for range 7 {
		ps = ps.Add(3, bad)
	}
	ps = ps.Add(3, warn)
	require.Len(t, ps, 4, "three kept and the closing problem")
	assert.Equal(t, smartcity.Problems{bad, bad, bad}, ps[:3])
	closing := ps[3]
	assert.Equal(t, smartcity.RuleMoreProblems, closing.Rule)
	assert.Equal(t, smartcity.Error, closing.Severity, "it counts errors")
	assert.Empty(t, closing.Path)
	assert.Equal(t, "and 5 more", closing.Message(smartcity.English))
	assert.Equal(t, "dan 5 masalah lainnya", closing.Message(smartcity.Indonesian))
	assert.Equal(t, "dan 5 masalah lainnya", closing.Message(0), "the zero Lang is Indonesian")
	var more *smartcity.MoreProblems
	require.ErrorAs(t, closing, &more)
	assert.Equal(t, smartcity.MoreProblems{Errors: 4, Warnings: 1}, *more)

	errs, warns := ps.Count()
	assert.Equal(t, [2]int{7, 1}, [2]int{errs, warns}, "Count counts what was not kept")
	assert.True(t, ps.HasErrors())
	assert.Equal(t, "and 4 more", ps.Errors()[3].Message(smartcity.English), "Errors keeps the count of errors")
	assert.Equal(t, smartcity.Problems{{Rule: smartcity.RuleMoreProblems, Severity: smartcity.Warning,
		Err: &smartcity.MoreProblems{Warnings: 1}}}, ps.Warnings(), "and Warnings the count of warnings")
	assert.Equal(t, "a: level 7 is outside 1–5; a: level 7 is outside 1–5; a: level 7 is outside 1–5; and 4 more", ps.Error())

	out, err := json.Marshal(ps.JSON(smartcity.English))
	require.NoError(t, err)
	assert.True(t, strings.HasSuffix(string(out), `{"path":"","rule":"more_problems","severity":"error","message":"and 5 more"}]`), "%s", out)
}

func TestProblemsAddOfWarningsOnly(t *testing.T) {
	warn := smartcity.Problem{Path: "b", Rule: "kpi_direction", Severity: smartcity.Warning, Err: said{"going up", "naik"}}
	ps := smartcity.Problems{}.Add(1, warn).Add(1, warn)
	require.Len(t, ps, 2)
	assert.Equal(t, smartcity.Warning, ps[1].Severity, "past the cap only warnings: the document stays valid")
	assert.NoError(t, ps.Err())
}

func TestProblemsAddDefaultCap(t *testing.T) {
	bad := smartcity.Problem{Path: "a", Rule: "required", Severity: smartcity.Error, Err: errOutOfRange}
	var ps smartcity.Problems
	for range smartcity.DefaultMaxProblems + 10 {
		ps = ps.Add(0, bad)
	}
	assert.Len(t, ps, smartcity.DefaultMaxProblems+1, "0 is the default")
	assert.Equal(t, "and 10 more", ps[len(ps)-1].Error())
	// Message lists 20 and counts the rest, those not kept included.
	assert.True(t, strings.HasSuffix(ps.Error(), "; and 990 more"), ps.Error()[len(ps.Error())-40:])
}

func TestProblemsAddAllMergesTheCounts(t *testing.T) {
	bad := smartcity.Problem{Path: "a", Rule: "required", Severity: smartcity.Error, Err: errOutOfRange}
	var first, second smartcity.Problems
	for range 4 {
		first = first.Add(2, bad)
		second = second.Add(2, bad)
	}
	all := first.AddAll(2, second)
	require.Len(t, all, 3)
	errs, _ := all.Count()
	assert.Equal(t, 8, errs)
	assert.Equal(t, "and 6 more", all[2].Error())
	errs, _ = second.Count()
	assert.Equal(t, 4, errs, "the problems added are not changed")
}
