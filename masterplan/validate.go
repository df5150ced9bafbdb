package masterplan

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/go-playground/locales/en"
	"github.com/go-playground/locales/id"
	ut "github.com/go-playground/universal-translator"
	"github.com/go-playground/validator/v10"
	entrans "github.com/go-playground/validator/v10/translations/en"
	idtrans "github.com/go-playground/validator/v10/translations/id"
	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/check"
)

// ValidateOptions choose how Plan.Validate checks. The zero value treats a
// pillar without a quick win as a warning.
type ValidateOptions struct {
	// RequireQuickWinPerPillar makes a pillar without a quick win an error
	// rather than a warning. The guidance asks for a quick win in each of
	// the six pillars, and Rembang's Bimtek I produced one for each.
	RequireQuickWinPerPillar bool
	// Limit is the largest document that the functions Validate and
	// ValidateProgress read, in bytes, as DecodeOptions.Limit: 0 or less
	// means 64 MiB. The methods, which read nothing, ignore it.
	Limit int64
	// MaxProblems is how many problems are kept; 0 or less means
	// smartcity.DefaultMaxProblems (1,000). Those past it are counted in
	// one closing problem, "and 799040 more" (rule
	// smartcity.RuleMoreProblems), so that the memory a check takes does
	// not grow with the faults of a document.
	MaxProblems int
}

// engine is the package's private validator and its two translators, built
// once and never changed after.
type engine struct {
	v     *validator.Validate
	trans [2]ut.Translator // Indonesian, English
}

// theEngine builds the engine on first use. The validator is private so no
// importer's registrations can change how plans are checked.
var theEngine = sync.OnceValue(func() *engine {
	e, err := newEngine()
	if err != nil {
		// The registrations below are fixed; failing here is a bug in this
		// package, not a problem with any input.
		panic("masterplan: building the validator: " + err.Error())
	}
	return e
})

func newEngine() (*engine, error) {
	v := validator.New(validator.WithRequiredStructEnabled())
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch name {
		case "-":
			return ""
		case "":
			return f.Name
		}
		return name
	})
	idLocale, enLocale := id.New(), en.New()
	uni := ut.New(enLocale, idLocale, enLocale)
	idT, _ := uni.GetTranslator(idLocale.Locale())
	enT, _ := uni.GetTranslator(enLocale.Locale())
	e := &engine{v: v, trans: [2]ut.Translator{idT, enT}}
	if err := idtrans.RegisterDefaultTranslations(v, idT); err != nil {
		return nil, err
	}
	if err := entrans.RegisterDefaultTranslations(v, enT); err != nil {
		return nil, err
	}
	for col, t := range e.trans {
		for _, m := range fieldMessages {
			if err := t.Add("mp."+m.key, pick(m, col), true); err != nil {
				return nil, err
			}
		}
		for _, m := range slices.Concat(ruleMessages[:], monitorMessages[:]) {
			if err := t.Add("mp."+m.key, pick(m, col), false); err != nil {
				return nil, err
			}
		}
		for _, tag := range [...]string{"required", "min", "max", "gt"} {
			reg := func(ut.Translator) error { return nil }
			if err := v.RegisterTranslation(tag, t, reg, translateField(col)); err != nil {
				return nil, err
			}
		}
	}
	return e, nil
}

func pick(m message, column int) string {
	if column == 1 {
		return m.en
	}
	return m.id
}

// translateField returns the translation function for the tags the Plan's
// fields use, naming the field by its label.
func translateField(column int) validator.TranslationFunc {
	return func(t ut.Translator, fe validator.FieldError) string {
		path := trimRoot(fe.Namespace())
		if fe.Tag() == "required" {
			return smartcity.ErrorMessage(check.Required(labelArg(path)), langOf(column))
		}
		key := "mp." + fe.Tag()
		switch fe.Kind() {
		case reflect.Slice, reflect.Array, reflect.Map:
			key += ".items"
			if fe.Tag() == "min" && fe.Param() == "1" {
				key += ".1"
			}
		case reflect.String:
			key += ".string"
		default:
			key += ".number"
		}
		s, err := t.T(key, label(path, column), fe.Param(), "")
		if err != nil {
			return fe.Error()
		}
		return s
	}
}

// trimRoot drops the struct name the validator puts first in a namespace:
// "Plan.programs[3].id" becomes "programs[3].id".
func trimRoot(ns string) string {
	_, rest, ok := strings.Cut(ns, ".")
	if !ok {
		return ns
	}
	return rest
}

// Validate checks the plan against the field rules and the masterplan's
// rules and returns every problem found, each with its path, its rule and
// its message in either language: the first opts.MaxProblems of them, the
// rest counted in a closing problem. The plan is valid when the result has
// no error-level problem: Problems.Err() is nil.
//
// Decoding already refuses unknown codes (an element "GOV.XYZ", a horizon
// "soon"), with their line and column; Validate catches undeclared values
// set in code.
func (p *Plan) Validate(opts ValidateOptions) smartcity.Problems {
	c := &checker{plan: p, opts: opts}
	if p == nil {
		c.add("", "nil_plan", smartcity.Error)
		return c.problems
	}
	if err := theEngine().v.Struct(p); err != nil {
		var ve validator.ValidationErrors
		if !errors.As(err, &ve) {
			c.keep(smartcity.Problem{Rule: "validator", Severity: smartcity.Error, Err: err})
		}
		for _, fe := range ve {
			c.keep(smartcity.Problem{
				Path:     trimRoot(fe.Namespace()),
				Rule:     fe.Tag(),
				Severity: smartcity.Error,
				Err:      fieldError{fe},
			})
		}
	}
	c.run()
	return c.problems
}

// checker runs the masterplan's rules over one plan, or over a document
// checked against it.
type checker struct {
	plan     *Plan
	opts     ValidateOptions
	problems smartcity.Problems
}

// add records a problem of rule at path, with the rule's message filled
// by params (each a string or an arg).
func (c *checker) add(path, rule string, sev smartcity.Severity, params ...any) {
	c.addKey(path, rule, rule, sev, params...)
}

// fail records an error of rule at path whose message is err's, for the
// rules the package shares with others (internal/check).
func (c *checker) fail(path, rule string, err error) {
	c.keep(smartcity.Problem{Path: path, Rule: rule, Severity: smartcity.Error, Err: err})
}

// keep records p, up to opts.MaxProblems; the rest are counted.
func (c *checker) keep(p smartcity.Problem) { c.problems = c.problems.Add(c.opts.MaxProblems, p) }

// addKey is add with a message key that differs from the rule code.
func (c *checker) addKey(path, rule, key string, sev smartcity.Severity, params ...any) {
	c.keep(smartcity.Problem{Path: path, Rule: rule, Severity: sev, Err: &ruleError{key: key, params: params}})
}
