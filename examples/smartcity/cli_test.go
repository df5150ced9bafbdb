package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestHelpGoesToStdoutOnce(t *testing.T) {
	for _, args := range [][]string{{"pillars", "-h"}, {"pillars", "--json", "--help"}, {"spbe", "score", "-h"},
		{"spbe", "frameworks", "-h"}, {"spbe", "framework", "--help"}} {
		var out, errOut bytes.Buffer
		code := run(args, strings.NewReader(""), &out, &errOut)
		assert.Equal(t, exitOK, code, args)
		assert.Equal(t, 1, strings.Count(out.String(), "Usage:"), args)
		assert.Empty(t, errOut.String(), args)
	}
}

func TestUnknownCommandIsAUsageError(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run([]string{"pilars"}, strings.NewReader(""), &out, &errOut)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut.String(), `smartcity: unknown command "pilars"`)
	assert.Empty(t, out.String())

	errOut.Reset()
	assert.Equal(t, exitUsage, run(nil, strings.NewReader(""), &out, &errOut))
	assert.Contains(t, errOut.String(), "Commands:")
}
