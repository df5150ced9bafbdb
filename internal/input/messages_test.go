package input

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
)

func TestTooLargeMessage(t *testing.T) {
	tests := []struct {
		limit  int64
		en, id string
	}{
		{DefaultLimit, "input exceeds the size limit of 67108864 bytes", "masukan melebihi batas ukuran 64 MiB"},
		{512 << 10, "input exceeds the size limit of 524288 bytes", "masukan melebihi batas ukuran 512 KiB"},
		{2 << 30, "input exceeds the size limit of 2147483648 bytes", "masukan melebihi batas ukuran 2 GiB"},
		{100, "input exceeds the size limit of 100 bytes", "masukan melebihi batas ukuran 100 byte"},
		{1500, "input exceeds the size limit of 1500 bytes", "masukan melebihi batas ukuran 1500 byte"},
	}
	for _, tt := range tests {
		err := (&limited{limit: tt.limit}).tooLarge()
		require.ErrorIs(t, err, ErrTooLarge)
		assert.EqualError(t, err, tt.en)
		assert.Equal(t, tt.en, smartcity.ErrorMessage(err, smartcity.English))
		assert.Equal(t, tt.id, smartcity.ErrorMessage(err, smartcity.Indonesian))
		assert.Equal(t, tt.id, smartcity.ErrorMessage(err, 0), "the zero Lang is Indonesian")
	}
	assert.Equal(t, "masukan melebihi batas ukuran", smartcity.ErrorMessage(ErrTooLarge, smartcity.Indonesian))
	assert.Equal(t, "9223372036854775807 byte", size(math.MaxInt64).Message(smartcity.Indonesian))

	// As ReadAll returns it.
	_, err := ReadAll(strings.NewReader("123456"), 5)
	assert.Equal(t, "masukan melebihi batas ukuran 5 byte", smartcity.ErrorMessage(err, smartcity.Indonesian))
}

func TestEveryMessageHasIndonesianWithTheSameVerbs(t *testing.T) {
	for en, id := range words {
		assert.Equal(t, i18n.Verbs(en), i18n.Verbs(id), "%q → %q", en, id)
		assert.NotEqual(t, en, id, "%q is not translated", en)
	}
}
