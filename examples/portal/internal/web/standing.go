package web

import (
	"context"
	"time"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// evaluation is the workspace as the store holds it, evaluated today.
type evaluation struct {
	ws       *workspace.Workspace
	versions map[string]int64
	fw       *spbe.Framework
	st       *workspace.Standing
}

// errNoFramework: the workspace names no framework the library knows.
var errNoFramework = i18n.New(messagesID, "the workspace's framework is unknown")

// errNoWorkspace: nothing was imported yet.
var errNoWorkspace = i18n.New(messagesID, "no workspace yet")

// evaluate reads the workspace and computes where it stands today.
func (s *Server) evaluate(ctx context.Context) (*evaluation, error) {
	ws, versions, err := s.st.Workspace(ctx)
	if err != nil {
		return nil, err
	}
	if ws.Instansi == "" && ws.Year == 0 && len(ws.Items) == 0 {
		return nil, errNoWorkspace
	}
	fw, err := frameworkOf(ws.Framework, ws.Year)
	if err != nil {
		return nil, err
	}
	st, err := ws.Evaluate(fw, workspace.Options{Today: s.today()})
	if err != nil {
		return nil, err
	}
	return &evaluation{ws: ws, versions: versions, fw: fw, st: st}, nil
}

// frameworkOf returns the framework named id, or the one of year when id
// is empty.
func frameworkOf(id string, year int) (*spbe.Framework, error) {
	if id != "" {
		return spbe.Lookup(id)
	}
	if fw, ok := spbe.ForYear(year); ok {
		return fw, nil
	}
	return nil, errNoFramework
}

// wib is Western Indonesian Time (UTC+7, no daylight saving), the zone
// of Java and Sumatra, in which the portal says days and times.
func wib() *time.Location { return time.FixedZone("WIB", 7*60*60) }

// today is the civil date in WIB, the day an item falls overdue on.
func (s *Server) today() smartcity.Date { return smartcity.DateOf(s.now().In(wib())) }
