package workspace

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
)

func TestMoveKeepsHistory(t *testing.T) {
	at := time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC)
	it := Item{ID: "1.2.a", Indicator: 1, Level: 2, Title: "SK Tim SPBE", Unit: "Diskominfo", Main: true}
	require.NoError(t, it.Move(Change{At: at, By: "pelaksana", To: Draf}))
	it.Document = &spbe.Evidence{Title: "SK", File: "sk.pdf"}
	require.NoError(t, it.Move(Change{At: at, By: "pelaksana", To: Proses}))
	require.NoError(t, it.Move(Change{At: at, By: "asesor", To: Revisi, Revision: TidakTepat, Reason: " SK lama "}))
	assert.Equal(t, Revisi, it.Status)
	assert.Equal(t, "SK lama", it.Reason)
	require.NoError(t, it.Move(Change{At: at, By: "pelaksana", To: Proses}))
	assert.Empty(t, it.Reason)
	assert.Zero(t, it.Revision)
	require.NoError(t, it.Move(Change{At: at, By: "asesor", To: Diterima}))
	var path []Status
	for _, c := range it.History {
		path = append(path, c.From, c.To)
	}
	assert.Equal(t, []Status{Belum, Draf, Draf, Proses, Proses, Revisi, Revisi, Proses, Proses, Diterima}, path)
	assert.Equal(t, TidakTepat, it.History[2].Revision)
}

func TestMoveRefuses(t *testing.T) {
	it := Item{ID: "a", Status: Draf}
	err := it.Move(Change{To: Diterima})
	require.Error(t, err)
	for _, want := range []error{ErrTransition, ErrNoActor, ErrNoDocument} {
		assert.ErrorIs(t, err, want)
	}
	assert.Equal(t, Draf, it.Status, "a refused move changes nothing")
	assert.Empty(t, it.History)
	err = it.Move(Change{By: "asesor", To: Belum})
	require.NoError(t, err)
	err = it.Move(Change{By: "asesor", To: Revisi, Reason: "  "})
	assert.ErrorIs(t, err, ErrReason)
	assert.False(t, errors.Is(err, ErrTransition))
	assert.Equal(t, "revisi memerlukan alasan", smartcity.ErrorMessage(err, smartcity.Indonesian))
	assert.ErrorIs(t, it.Move(Change{By: "x", To: Status(9)}), ErrTransition)
	assert.ErrorIs(t, it.Move(Change{By: "x", To: Belum}), ErrTransition, "no move to the same status")
}

func TestStatusParse(t *testing.T) {
	for in, want := range map[string]Status{"diterima": Diterima, "Proses verifikasi": Proses, "under review": Proses, "DRAFT": Draf, "belum diunggah": Belum} {
		got, err := ParseStatus(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	_, err := ParseStatus("selesai")
	var pe *smartcity.ParseError
	require.ErrorAs(t, err, &pe)
	assert.Contains(t, smartcity.ErrorMessage(err, smartcity.Indonesian), "status")
}
