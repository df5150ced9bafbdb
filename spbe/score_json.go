package spbe

import (
	"encoding/json"
	"strconv"

	"github.com/kotacerdas/smartcity"
)

// MarshalJSON writes the scored result as `smartcity spbe score --json`
// prints a line of it, names in Indonesian (JSON for another language):
// "instansi", "tahun", "framework" (the id), the index three ways —
// "index" as published ("3.99"), "index_exact" the reduced fraction
// ("3987/1000") and "index_value" a float for charts (3.987) — then
// "predicate", "predicate_basis", "unanswered", "domains" and "aspects"
// (each {"code", "name", "index", "index_exact", "index_value"}, by
// position; domains empty in a framework without domains) and, when any
// level came from an outside score, "external".
func (s Scored) MarshalJSON() ([]byte, error) { return s.AppendJSON(nil, smartcity.Indonesian) }

// JSON returns s as MarshalJSON writes it, with the names of the domains
// and aspects in lang.
func (s Scored) JSON(lang smartcity.Lang) json.Marshaler {
	return marshaler(func() ([]byte, error) { return s.AppendJSON(nil, lang) })
}

// AppendJSON appends the JSON of s with names in lang, as JSON writes it
// but without HTML escaping, to dst: the form for writing one line per
// result of a large file, reusing one buffer, without allocating for a
// result whose names are plain ASCII.
func (s Scored) AppendJSON(dst []byte, lang smartcity.Lang) ([]byte, error) {
	if s.Result == nil {
		return dst, errNoResult
	}
	dst = append(dst, `{"instansi":`...)
	dst = appendString(dst, s.Instansi)
	dst = append(dst, `,"tahun":`...)
	dst = strconv.AppendInt(dst, int64(s.Year), 10)
	dst = append(dst, ',')
	return s.Result.appendFields(dst, lang)
}

// MarshalJSON writes the result as Scored does, without "instansi" and
// "tahun", names in Indonesian (JSON for another language). Its receiver
// is a value, so that a Result that is not addressable is written so too.
func (r Result) MarshalJSON() ([]byte, error) {
	return r.appendFields(append(make([]byte, 0, 1024), '{'), smartcity.Indonesian)
}

// JSON returns r as MarshalJSON writes it, with the names of the domains
// and aspects in lang.
func (r Result) JSON(lang smartcity.Lang) json.Marshaler {
	return marshaler(func() ([]byte, error) { return r.appendFields([]byte{'{'}, lang) })
}

// appendFields appends the fields of a result from "framework" on, and
// the closing brace, to dst.
func (r *Result) appendFields(dst []byte, lang smartcity.Lang) ([]byte, error) {
	fw := r.Framework
	if fw == nil {
		return dst, errNoResult
	}
	if len(r.Domains) != len(fw.spec.Domains) || len(r.Aspects) != len(fw.spec.Aspects) {
		return dst, errorfWrap(errLevelCount, "spbe: a result does not have the shape of %s", fw.spec.ID)
	}
	dst = append(dst, `"framework":`...)
	dst = appendString(dst, fw.spec.ID)
	dst = append(dst, ',')
	dst = appendIndex(dst, "index", r.Index)
	dst = append(dst, `,"predicate":"`...)
	dst = append(dst, r.Predicate.String()...)
	dst = append(dst, `","predicate_basis":"`...)
	dst = append(dst, r.Basis.String()...)
	dst = append(dst, `","unanswered":`...)
	dst = strconv.AppendInt(dst, int64(r.Unanswered), 10)
	dst = append(dst, `,"domains":[`...)
	for d, x := range r.Domains {
		dst = appendPart(dst, d > 0, fw.spec.Domains[d].Code, fw.spec.Domains[d].Name.In(lang), x)
	}
	dst = append(dst, `],"aspects":[`...)
	for a, x := range r.Aspects {
		dst = appendPart(dst, a > 0, fw.spec.Aspects[a].Code, fw.spec.Aspects[a].Name.In(lang), x)
	}
	dst = append(dst, ']')
	if len(r.External) > 0 {
		ext, err := json.Marshal(r.External)
		if err != nil {
			return dst, err
		}
		dst = append(dst, `,"external":`...)
		dst = append(dst, ext...)
	}
	return append(dst, '}'), nil
}

// appendPart appends a domain or an aspect of a result, after a comma
// when comma is set.
func appendPart(dst []byte, comma bool, code, name string, x smartcity.Number) []byte {
	if comma {
		dst = append(dst, ',')
	}
	dst = append(dst, `{"code":`...)
	dst = appendString(dst, code)
	dst = append(dst, `,"name":`...)
	dst = appendString(dst, name)
	dst = append(dst, ',')
	dst = appendIndex(dst, "index", x)
	return append(dst, '}')
}
