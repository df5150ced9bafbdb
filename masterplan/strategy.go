package masterplan

import "github.com/kotacerdas/smartcity/pillar"

// Strategy is a strategy of the masterplan for a pillar, or for one element
// of it.
type Strategy struct {
	// Pillar is the pillar the strategy serves.
	Pillar pillar.Pillar `json:"pillar" yaml:"pillar" validate:"required"`
	// Element narrows the strategy to one element of the pillar; the zero
	// Element when the strategy covers the whole pillar.
	Element pillar.Element `json:"element,omitzero" yaml:"element,omitempty"`
	// Statement is the strategy itself.
	Statement string `json:"statement" yaml:"statement" validate:"required"`
}
