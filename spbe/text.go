package spbe

import "github.com/kotacerdas/smartcity"

// Text is a name in the official language, Indonesian, with an English
// gloss. The Indonesian text is the official wording; the English is an
// aid to readers and may be empty.
type Text struct {
	ID string `json:"id" yaml:"id"`                     // the official Indonesian text
	EN string `json:"en,omitempty" yaml:"en,omitempty"` // an English gloss, possibly empty
}

// In returns the text in lang: the English gloss for English when there is
// one, the Indonesian text otherwise (including for the zero Lang).
func (t Text) In(lang smartcity.Lang) string {
	if lang == smartcity.English && t.EN != "" {
		return t.EN
	}
	return t.ID
}

// String returns the Indonesian text.
func (t Text) String() string { return t.ID }
