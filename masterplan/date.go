package masterplan

import "github.com/kotacerdas/smartcity"

// Date is the civil date every package shares, smartcity.Date: a
// milestone's day, written "2006-01-02".
type Date = smartcity.Date
