package web

import (
	"net/http"

	"github.com/kotacerdas/smartcity"
)

// langCookie keeps the language a reader chose with ?lang=.
const langCookie = "portal_lang"

// langOf returns the language of the request: ?lang= when it names one,
// which the cookie then remembers, else the cookie's, else Indonesian.
func langOf(w http.ResponseWriter, r *http.Request) smartcity.Lang {
	if q := r.URL.Query().Get("lang"); q != "" {
		var l smartcity.Lang
		if l.UnmarshalText([]byte(q)) == nil && l != 0 {
			http.SetCookie(w, &http.Cookie{
				Name: langCookie, Value: l.String(), Path: "/", MaxAge: 365 * 24 * 3600,
				HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: r.TLS != nil,
			})
			return l
		}
	}
	if c, err := r.Cookie(langCookie); err == nil {
		var l smartcity.Lang
		if l.UnmarshalText([]byte(c.Value)) == nil && l != 0 {
			return l
		}
	}
	return smartcity.Indonesian
}
