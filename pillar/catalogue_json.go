package pillar

import (
	"encoding/json"

	"github.com/kotacerdas/smartcity"
)

// Catalogue is the six pillars with their elements, in the official order,
// as `smartcity pillars --json` lists them: a JSON array of {"code",
// "name_id", "name_en", "elements"}, each element {"code", "name_id",
// "name_en"}, with the names in both languages. The zero Catalogue is the
// catalogue: json.Marshal(pillar.Catalogue{}).
type Catalogue struct{}

// catalogueEntry is a pillar or an element in the JSON of the Catalogue.
type catalogueEntry struct {
	Code     string           `json:"code"`
	NameID   string           `json:"name_id"`
	NameEN   string           `json:"name_en"`
	Elements []catalogueEntry `json:"elements,omitempty"`
}

// MarshalJSON implements json.Marshaler.
func (Catalogue) MarshalJSON() ([]byte, error) {
	var out []catalogueEntry
	for p := range All() {
		pj := catalogueEntry{Code: p.String(), NameID: p.Name(smartcity.Indonesian), NameEN: p.Name(smartcity.English)}
		for el := range p.Elements() {
			pj.Elements = append(pj.Elements, catalogueEntry{
				Code: el.String(), NameID: el.Name(smartcity.Indonesian), NameEN: el.Name(smartcity.English),
			})
		}
		out = append(out, pj)
	}
	return json.Marshal(out)
}
