package spbe

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// One reading of a file: an assessment with a key twice, or a key in
// another case than its field's, is refused at the key's path by every
// reader, the streaming one included, rather than read as the last key
// or the other case says.
func TestAssessmentKeysTwiceOrMiscasedAreRefused(t *testing.T) {
	for _, tt := range []struct{ doc, want string }{
		{`[{"instansi": "A", "indicators": []},
 {"instansi": "B", "indicators": [{"indicator": 1, "level": 2, "level": 5}]}]`,
			`line 2, column 64 ([1].indicators[0].level): duplicate key "level"`},
		{`[{"instansi": "A", "TAHUN": 2024, "indicators": []}]`,
			`line 1, column 20 ([0].TAHUN): key "TAHUN" is written "tahun"`},
	} {
		_, err := ReadAssessments(strings.NewReader(tt.doc), ReadOptions{})
		require.ErrorIs(t, err, ErrMalformed)
		assert.Contains(t, err.Error(), tt.want)

		var last error
		for _, err := range ScoreAll(strings.NewReader(tt.doc), ScoreAllOptions{}) {
			if err != nil {
				last = err
			}
		}
		require.ErrorIs(t, last, ErrMalformed)
		assert.Contains(t, last.Error(), tt.want)
	}
	_, err := DecodeAssessment(strings.NewReader(`{"instansi": "A", "instansi": "B", "indicators": []}`), 0)
	require.ErrorIs(t, err, ErrMalformed)
	assert.Contains(t, err.Error(), `line 1, column 19 (instansi): duplicate key "instansi"`)
}
