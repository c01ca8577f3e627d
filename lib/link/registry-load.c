/* Loading the citizen registry from CSV. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/text.h"
#include "registry-load.h"

static const char *const col_names[LR_NCOLS] = {
	"citizen_id", "full_name", "old_id", "birth_date", "gender",
	"commune_code", "address", "death_date"
};

const char *
lr_reg_col_name(int c)
{
	return col_names[c];
}

/* One load in progress. */
struct load {
	const lr_load_opts *o;
	lr_load_stats *st;
	int idx[LR_NCOLS];
	long line;
};

static void
warn(struct load *l, int skipped, const char *fmt, const char *arg)
{
	char msg[512];

	snprintf(msg, sizeof(msg), fmt, arg);
	if (skipped)
		l->st->skipped++;
	else
		l->st->warnings++;
	if (l->o->warn != NULL)
		l->o->warn(l->o->ctx, l->line, msg, skipped);
}

/* The field of column c in the row, "" when absent. */
static const char *
field(const struct load *l, char **f, size_t n, int c)
{
	int i = l->idx[c];

	return i >= 0 && (size_t)i < n ? f[i] : "";
}

static int
digits_only(const char *s, size_t min, size_t max)
{
	size_t n = strlen(s);

	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return n >= min && n <= max;
}

/* The personal ID: 12 digits, a possible province.  0, or -1: skip. */
static int
row_id(struct load *l, const char *s, lr_person *p)
{
	lr_id_parts parts;
	char buf[64];

	if (!digits_only(s, 12, 12) || lr_id_parts_of(s, &parts) != 0) {
		warn(l, 1, "malformed personal ID '%s'; row skipped",
		    lr_id_shown(s, l->o->show_ids, buf, sizeof(buf)));
		return -1;
	}
	memcpy(p->id, s, 13);
	return 0;
}

/* The date of death s (as a birth date is written) into p: "yyyy-mm-dd",
 * or "yyyy" when only the year is given.  Returns 0, or -1 when s is no
 * date. */
static int
row_died(const char *s, lr_person *p)
{
	lr_person d;

	memset(&d, 0, sizeof(d));
	if (lr_person_set_birth(&d, s) != 0)
		return -1;
	if (d.birth_date[0] != '\0')
		memcpy(p->died, d.birth_date, sizeof(p->died));
	else
		snprintf(p->died, sizeof(p->died), "%04d", d.birth_year);
	return 0;
}

/* Birth, death, sex, old ID and commune: unknown with a warning when
 * bad. */
static void
row_details(struct load *l, char **f, size_t n, lr_person *p)
{
	const char *s;
	char buf[64];
	lr_id_parts parts;

	if (*(s = field(l, f, n, LR_COL_BIRTH_DATE)) &&
	    lr_person_set_birth(p, s) != 0)
		warn(l, 0, "invalid birth date '%s'; loaded as unknown", s);
	if (*(s = field(l, f, n, LR_COL_GENDER)) && !(p->sex = lr_parse_sex(s)))
		warn(l, 0, "invalid gender '%s'; loaded as unknown", s);
	if (p->sex == 0 && lr_id_parts_of(p->id, &parts) == 0)
		p->sex = parts.sex;
	if (digits_only(s = field(l, f, n, LR_COL_OLD_ID), 9, 12))
		snprintf(p->old_id, sizeof(p->old_id), "%s", s);
	else if (*s)
		warn(l, 0, "malformed old ID '%s'; loaded as unknown",
		    lr_id_shown(s, l->o->show_ids, buf, sizeof(buf)));
	if (*(s = field(l, f, n, LR_COL_DEATH_DATE)) && row_died(s, p) != 0)
		warn(l, 0, "invalid death date '%s'; loaded as unknown", s);
	if (digits_only(s = field(l, f, n, LR_COL_COMMUNE), 1, 5))
		snprintf(p->commune, sizeof(p->commune), "%05d", atoi(s));
	else if (*s)
		warn(l, 0, "invalid commune code '%s'; loaded as unknown", s);
}

/* Load one row.  Returns 0, or -1 with err set when the database fails. */
static int
load_row(lr_registry *r, struct load *l, char **f, size_t n, lr_err *err)
{
	lr_citizen c;

	memset(&c, 0, sizeof(c));
	if (row_id(l, field(l, f, n, LR_COL_CITIZEN_ID), &c.p) != 0)
		return 0;
	c.full_name = field(l, f, n, LR_COL_FULL_NAME);
	if (lr_person_set_name(&c.p, c.full_name) < 0) {
		warn(l, 1, "no full name%s; row skipped", "");
		return 0;
	}
	row_details(l, f, n, &c.p);
	c.address = field(l, f, n, LR_COL_ADDRESS);
	lr_person_set_village(&c.p, c.address);
	if (lr_registry_put(r, &c, err) != 0)
		return -1;
	l->st->loaded++;
	return 0;
}

/* Read the header and find the columns. */
static int
read_header(lr_csvin *in, struct load *l, lr_err *err)
{
	const char *want[LR_NCOLS];
	char **f;
	size_t n;

	for (int c = 0; c < LR_NCOLS; c++)
		want[c] = l->o->header[c] ? l->o->header[c] : col_names[c];
	if (lr_csvin_next(in, &f, &n, &l->line, err) != LR_CSV_ROW) {
		lr_err_set(err, "no header line");
		return -1;
	}
	if (lr_csv_columns(f, n, want, LR_NCOLS, 2, l->idx, err) != 0) {
		lr_err_prefix(err, "%ld: ", l->line);
		return -1;
	}
	return 0;
}

/* Load every row after the header. */
static int
load_rows(lr_registry *r, lr_csvin *in, struct load *l, lr_err *err)
{
	enum lr_csv_read rd;
	char **f;
	size_t n;

	while ((rd = lr_csvin_next(in, &f, &n, &l->line, err)) != LR_CSV_EOF) {
		if (rd == LR_CSV_FAIL)
			return -1;
		l->st->rows++;
		if (rd == LR_CSV_BAD)
			warn(l, 1, "%s; row skipped", err->msg);
		else if (load_row(r, l, f, n, err) != 0)
			return -1;
		if (l->o->progress != NULL)
			l->o->progress(l->o->ctx, l->st->rows);
	}
	return 0;
}

int
lr_registry_load_csv(lr_registry *r, const char *path, const lr_load_opts *o,
    lr_load_stats *st, lr_err *err)
{
	struct load l = { .o = o, .st = st };
	lr_csvin *in = lr_csvin_open(path, o->encoding, err);
	int rc = -1;

	memset(st, 0, sizeof(*st));
	if (in == NULL)
		return -1;
	snprintf(st->encoding, sizeof(st->encoding), "%s",
	    lr_csvin_encoding(in));
	if (read_header(in, &l, err) == 0 && lr_registry_begin(r, err) == 0 &&
	    load_rows(r, in, &l, err) == 0)
		rc = lr_registry_commit(r, err);
	if (rc != 0)
		lr_err_prefix(err, "'%s': ", path);
	lr_csvin_close(in);
	return rc;
}
