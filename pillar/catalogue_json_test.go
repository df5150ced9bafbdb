package pillar_test

import (
	"encoding/json"
	"testing"

	"github.com/kotacerdas/smartcity/pillar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The catalogue is six pillars of three elements, codes and names in both
// languages.
func TestCatalogueJSON(t *testing.T) {
	data, err := json.Marshal(pillar.Catalogue{})
	require.NoError(t, err)
	var got []struct {
		Code     string `json:"code"`
		NameID   string `json:"name_id"`
		NameEN   string `json:"name_en"`
		Elements []struct {
			Code   string `json:"code"`
			NameID string `json:"name_id"`
			NameEN string `json:"name_en"`
		} `json:"elements"`
	}
	require.NoError(t, json.Unmarshal(data, &got))
	require.Len(t, got, 6)
	assert.Equal(t, "GOV", got[0].Code)
	assert.Equal(t, "Smart Governance", got[0].NameEN)
	require.Len(t, got[5].Elements, 3)
	assert.Equal(t, "ENV.ENE", got[5].Elements[2].Code)
	assert.Equal(t, "Tata Kelola Energi", got[5].Elements[2].NameID)
}
