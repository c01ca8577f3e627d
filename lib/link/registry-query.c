/* The citizen registry: blocking lookups and name frequencies over a
 * registry that registry.c opened. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "registry-int.h"

#define COLS "citizen_id, old_id, birth_date, birth_year, sex, commune_code," \
    " family, middle, given, family_tl, middle_tl, given_tl, family_ascii," \
    " middle_ascii, given_ascii, middle_last, village, address FROM citizen "
#define YEARS " AND birth_year IN (0, ?3, ?3 - 1, ?3 + 1) LIMIT 64"

static const char *const sql[Q_NSTMT] = {
	[Q_ID] = "SELECT " COLS "WHERE citizen_id = ?1",
	[Q_OLD] = "SELECT " COLS "WHERE old_id = ?1 LIMIT 16",
	[Q_NAME] = "SELECT " COLS "INDEXED BY citizen_name"
	    " WHERE family_ascii = ?1 AND given_ascii = ?2" YEARS,
	[Q_NAME_ANY] = "SELECT " COLS "INDEXED BY citizen_name"
	    " WHERE family_ascii = ?1 AND given_ascii = ?2 LIMIT 64",
	[Q_COMM_GIVEN] = "SELECT " COLS "INDEXED BY citizen_commune_given"
	    " WHERE commune_code = ?1 AND given_ascii = ?2" YEARS,
	[Q_COMM_GIVEN_ANY] = "SELECT " COLS "INDEXED BY citizen_commune_given"
	    " WHERE commune_code = ?1 AND given_ascii = ?2 LIMIT 64",
	[Q_COMM_FAMILY] = "SELECT " COLS "INDEXED BY citizen_commune_family"
	    " WHERE commune_code = ?1 AND family_ascii = ?2" YEARS,
	[Q_COMM_FAMILY_ANY] = "SELECT " COLS "INDEXED BY citizen_commune_family"
	    " WHERE commune_code = ?1 AND family_ascii = ?2 LIMIT 64",
	/* Not INDEXED BY: a registry built before the index still works. */
	[Q_DATE] = "SELECT " COLS "WHERE birth_date = ?1 LIMIT 64",
	[Q_COMMUNES] = "SELECT DISTINCT commune_code FROM citizen"
	    " WHERE commune_code IS NOT NULL AND commune_code <> ''",
	[Q_GET] = "SELECT citizen_id, old_id, full_name, birth_date, birth_year,"
	    " sex, commune_code, address FROM citizen WHERE citizen_id = ?1",
	[Q_DEATH] = "SELECT death_date FROM death WHERE citizen_id = ?1",
};

/* Candidates found so far for one owner. */
struct found {
	lr_person *out;
	int n, max;
	int streets;		/* the owner has a street to compare */
};

static void
col_copy(sqlite3_stmt *st, int i, char *dst, size_t n)
{
	const unsigned char *s = sqlite3_column_text(st, i);
	size_t len = s ? (size_t)sqlite3_column_bytes(st, i) : 0;

	if (len >= n)
		len = n - 1;
	memcpy(dst, s ? (const char *)s : "", len);
	dst[len] = '\0';
}

/* The current row of st as a person; its street only when streets (the
 * owner has one to compare: parsing every address costs). */
static void
row_person(sqlite3_stmt *st, lr_person *p, int streets)
{
	const unsigned char *sex = sqlite3_column_text(st, 4);

	memset(p, 0, sizeof(*p));
	col_copy(st, 0, p->id, sizeof(p->id));
	col_copy(st, 1, p->old_id, sizeof(p->old_id));
	col_copy(st, 2, p->birth_date, sizeof(p->birth_date));
	p->birth_year = sqlite3_column_int(st, 3);
	p->sex = sex ? sex[0] : 0;
	col_copy(st, 5, p->commune, sizeof(p->commune));
	for (int k = 0; k < LR_NKEYS; k++) {
		col_copy(st, 6 + 3 * k, p->family[k], LR_PART_MAX);
		col_copy(st, 7 + 3 * k, p->middle[k], LR_MIDDLE_MAX);
		col_copy(st, 8 + 3 * k, p->given[k], LR_PART_MAX);
	}
	col_copy(st, 15, p->middle_last, LR_PART_MAX);
	col_copy(st, 16, p->village, LR_PART_MAX);
	if (streets)
		lr_person_set_street(p, (const char *)sqlite3_column_text(st,
		    17));
}

/* Is the citizen of the current row of st already found? */
static int
seen(const struct found *f, sqlite3_stmt *st)
{
	const char *id = (const char *)sqlite3_column_text(st, 0);

	for (int i = 0; i < f->n; i++)
		if (strcmp(f->out[i].id, id) == 0)
			return 1;
	return 0;
}

/* Statement q, prepared once.  NULL with err set on failure. */
static sqlite3_stmt *
stmt(lr_registry *r, enum lr_reg_stmt q, lr_err *err)
{
	if (r->q[q] == NULL && sqlite3_prepare_v2(r->db, sql[q], -1, &r->q[q],
	    NULL) != SQLITE_OK) {
		lr_reg_fail(r, "prepare", err);
		return NULL;
	}
	return r->q[q];
}

/* Run lookup q with up to two text keys and a year; add what it finds. */
static int
lookup(lr_registry *r, enum lr_reg_stmt q, const char *a, const char *b,
    int year, struct found *f, lr_err *err)
{
	sqlite3_stmt *st = stmt(r, q, err);
	int rc;

	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, a, -1, SQLITE_STATIC);
	if (b != NULL)
		sqlite3_bind_text(st, 2, b, -1, SQLITE_STATIC);
	if (sqlite3_bind_parameter_count(st) >= 3)
		sqlite3_bind_int(st, 3, year);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && f->n < f->max)
		if (!seen(f, st))
			row_person(st, &f->out[f->n++], f->streets);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return lr_reg_fail(r, "lookup", err);
	return 0;
}

/* Look up v, with digit i set to each of the other nine digits (a
 * misprint or misreading of one digit), and with digits i and i + 1
 * swapped. */
static int
lookup_id_at(lr_registry *r, char v[13], int i, struct found *f,
    lr_err *err)
{
	char keep = v[i];

	for (char c = '0'; c <= '9'; c++) {
		v[i] = c;
		if (c != keep && lookup(r, Q_ID, v, NULL, 0, f, err) != 0)
			return -1;
	}
	v[i] = keep;
	if (v[i + 1] == '\0' || v[i + 1] == keep)
		return 0;
	v[i] = v[i + 1];
	v[i + 1] = keep;
	if (lookup(r, Q_ID, v, NULL, 0, f, err) != 0)
		return -1;
	v[i + 1] = v[i];
	v[i] = keep;
	return 0;
}

/* Look up every ID one digit, or one swap of neighbours, away from id. */
static int
lookup_id_variants(lr_registry *r, const char *id, struct found *f,
    lr_err *err)
{
	char v[13];

	snprintf(v, sizeof(v), "%s", id);
	for (int i = 0; v[i] != '\0'; i++)
		if (lookup_id_at(r, v, i, f, err) != 0)
			return -1;
	return 0;
}

/* The ID lookups: exact, else its one-digit variants; old ID. */
static int
block_ids(lr_registry *r, const lr_person *o, struct found *f, lr_err *err)
{
	int before = f->n;

	if (o->id[0] != '\0') {
		if (lookup(r, Q_ID, o->id, NULL, 0, f, err) != 0)
			return -1;
		if (f->n == before && lookup_id_variants(r, o->id, f, err) != 0)
			return -1;
	}
	if (o->old_id[0] != '\0')
		return lookup(r, Q_OLD, o->old_id, NULL, 0, f, err);
	return 0;
}

/* Has a citizen found so far the owner's family and given names (ASCII)
 * and, when near, the owner's commune and birth year +-1?  Then the
 * lookups meant for damaged names or IDs are not needed. */
static int
found_sure(const struct found *f, const lr_person *o, int near)
{
	for (int i = 0; i < f->n; i++) {
		const lr_person *c = &f->out[i];
		if (strcmp(c->family[LR_KEY_ASCII], o->family[LR_KEY_ASCII]) != 0 ||
		    strcmp(c->given[LR_KEY_ASCII], o->given[LR_KEY_ASCII]) != 0)
			continue;
		if (!near)
			return 1;
		if (lr_person_commune_is(o, c->commune) &&
		    o->birth_year != 0 && abs(c->birth_year - o->birth_year) <= 1)
			return 1;
	}
	return 0;
}

/* The lookups in commune code for an owner whose names may be damaged. */
static int
block_commune(lr_registry *r, const lr_person *o, const char *code,
    struct found *f, lr_err *err)
{
	const char *fam = o->family[LR_KEY_ASCII], *giv = o->given[LR_KEY_ASCII];
	int y = o->birth_year;

	if (lookup(r, y ? Q_COMM_GIVEN : Q_COMM_GIVEN_ANY, code, giv, y, f,
	    err) != 0)
		return -1;
	return y ? lookup(r, Q_COMM_FAMILY, code, fam, y, f, err) : 0;
}

/* The lookups in commune code, in any birth year, for an owner whose
 * year may be misread: the given name, the last middle name (given and
 * middle swapped), and last (a common one fills the block) the family
 * name, for a given name misspelt as well. */
static int
block_commune_any(lr_registry *r, const lr_person *o, const char *code,
    struct found *f, lr_err *err)
{
	if (lookup(r, Q_COMM_GIVEN_ANY, code, o->given[LR_KEY_ASCII], 0, f,
	    err) != 0)
		return -1;
	if (o->middle_last[0] != '\0' && lookup(r, Q_COMM_GIVEN_ANY, code,
	    o->middle_last, 0, f, err) != 0)
		return -1;
	return lookup(r, Q_COMM_FAMILY_ANY, code, o->family[LR_KEY_ASCII], 0,
	    f, err);
}

typedef int commune_lookups(lr_registry *, const lr_person *, const char *,
    struct found *, lr_err *);

/* The commune lookups "one" in the owner's commune, or in each current
 * commune it became; with no commune read, in its parcel's. */
static int
block_communes(lr_registry *r, const lr_person *o, struct found *f,
    lr_err *err, commune_lookups *one)
{
	if (o->commune[0] == '\0')
		return o->parcel_commune[0] == '\0' ? 0 :
		    one(r, o, o->parcel_commune, f, err);
	if (o->became[0][0] == '\0')
		return one(r, o, o->commune, f, err);
	for (int i = 0; i < LR_BECAME_MAX && o->became[i][0] != '\0'; i++)
		if (one(r, o, o->became[i], f, err) != 0)
			return -1;
	return 0;
}

/* The lookups for an owner whose names and birth year the others did not
 * find together: a name misspelt (the birth date, as read and with day
 * and month swapped), a birth year misread (the names in any year, the
 * given or last middle name in the commune in any year). */
static int
block_damaged(lr_registry *r, const lr_person *o, struct found *f,
    lr_err *err)
{
	const char *fam = o->family[LR_KEY_ASCII], *giv = o->given[LR_KEY_ASCII];
	char d[11];

	if (o->birth_date[0] != '\0') {
		snprintf(d, sizeof(d), "%.5s%.2s-%.2s", o->birth_date,
		    o->birth_date + 8, o->birth_date + 5);
		if (lookup(r, Q_DATE, o->birth_date, NULL, 0, f, err) != 0 ||
		    lookup(r, Q_DATE, d, NULL, 0, f, err) != 0)
			return -1;
	}
	if (lookup(r, Q_NAME_ANY, fam, giv, 0, f, err) != 0)
		return -1;
	return block_communes(r, o, f, err, block_commune_any);
}

/* The name lookups, with the birth year when it is known; the commune
 * lookups (for damaged names) only when the names found nobody near. */
static int
block_names(lr_registry *r, const lr_person *o, struct found *f, lr_err *err)
{
	const char *fam = o->family[LR_KEY_ASCII], *giv = o->given[LR_KEY_ASCII];
	int y = o->birth_year;

	/* Without a birth year a common name finds more citizens than are
	 * kept: the commune's come first. */
	if (y == 0 && block_communes(r, o, f, err, block_commune) != 0)
		return -1;
	if (lookup(r, y ? Q_NAME : Q_NAME_ANY, fam, giv, y, f, err) != 0)
		return -1;
	if (o->middle_last[0] != '\0' && lookup(r, y ? Q_NAME : Q_NAME_ANY, fam,
	    o->middle_last, y, f, err) != 0)
		return -1;
	if (y == 0 || found_sure(f, o, 1))
		return 0;
	if (block_communes(r, o, f, err, block_commune) != 0)
		return -1;
	if (found_sure(f, o, 1))
		return 0;
	return block_damaged(r, o, f, err);
}

/* The date of death of citizen p, when the registry keeps one. */
static int
died(lr_registry *r, lr_person *p, lr_err *err)
{
	sqlite3_stmt *st = stmt(r, Q_DEATH, err);
	int rc;

	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, p->id, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		col_copy(st, 0, p->died, sizeof(p->died));
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 :
	    lr_reg_fail(r, "lookup", err);
}

int
lr_registry_block(lr_registry *r, const lr_person *owner, lr_person *out,
    int max, lr_err *err)
{
	struct found f = { out, 0, max, owner->street[0] != '\0' ||
	    owner->parcel_street[0] != '\0' };

	if (block_ids(r, owner, &f, err) != 0)
		return -1;
	/* An ID found with the same names: namesakes cannot beat it. */
	if (!(f.n > 0 && found_sure(&f, owner, 0)) &&
	    block_names(r, owner, &f, err) != 0)
		return -1;
	for (int i = 0; i < f.n; i++) {
		lr_person_place(&out[i], r->units);
		if (r->deaths > 0 && died(r, &out[i], err) != 0)
			return -1;
	}
	return f.n;
}

void
lr_registry_set_units(lr_registry *r, const lr_units *units)
{
	r->units = units;
}

int
lr_registry_get(lr_registry *r, const char *citizen_id, lr_entry *e,
    lr_err *err)
{
	sqlite3_stmt *st = stmt(r, Q_GET, err);
	const unsigned char *sex;
	int rc;

	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, citizen_id, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		col_copy(st, 0, e->id, sizeof(e->id));
		col_copy(st, 1, e->old_id, sizeof(e->old_id));
		col_copy(st, 2, e->full_name, sizeof(e->full_name));
		col_copy(st, 3, e->birth_date, sizeof(e->birth_date));
		e->birth_year = sqlite3_column_int(st, 4);
		sex = sqlite3_column_text(st, 5);
		e->sex = sex ? sex[0] : 0;
		col_copy(st, 6, e->commune, sizeof(e->commune));
		col_copy(st, 7, e->address, sizeof(e->address));
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return lr_reg_fail(r, "lookup", err);
	return rc == SQLITE_ROW;
}

int
lr_registry_current_communes(lr_registry *r, const lr_units *units,
    lr_err *err)
{
	sqlite3_stmt *st = stmt(r, Q_COMMUNES, err);
	const char *code, *c, *d, *p;
	int rc, current = 1;

	if (st == NULL)
		return -1;
	while (current && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		code = (const char *)sqlite3_column_text(st, 0);
		current = lr_units_names(units, code, LR_ERA_NEW, &c, &d, &p) == 0;
	}
	sqlite3_reset(st);
	if (current && rc != SQLITE_DONE)
		return lr_reg_fail(r, "lookup", err);
	return current;
}

static int
cmp_key(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The count of key in fr, or 0. */
static long
freq_count(const struct lr_reg_freq *fr, const char *key)
{
	char **hit = fr->len ? bsearch(&key, fr->key, fr->len, sizeof(char *),
	    cmp_key) : NULL;

	return hit ? fr->n[hit - fr->key] : 0;
}

double
lr_registry_freq(const lr_registry *r, enum lr_name_part part,
    const char *key)
{
	long total = r->count > 0 ? r->count : 1;
	long n = freq_count(&r->freq[part], key);

	if (part == LR_COMMUNE && r->freq[part].len == 0)
		return 0;	/* built before communes were counted */
	return (double)(n > 0 ? n : 1) / (double)total;
}

double
lr_registry_village_share(const lr_registry *r, const char *commune,
    const char *village)
{
	long all = freq_count(&r->freq[LR_COMMUNE], commune), n;
	char key[8 + LR_PART_MAX];

	if (all < LR_VILLAGE_MIN || r->freq[LR_VILLAGE].len == 0)
		return 0;
	snprintf(key, sizeof(key), "%s %s", commune, village);
	n = freq_count(&r->freq[LR_VILLAGE], key);
	return (double)(n > 0 ? n : 1) / (double)all;
}
