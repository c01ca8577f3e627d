/* The cadastre: parcels in SQLite (a file, or in memory from CSV). */
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cadastre.h"
#include "text/text.h"
#include "person.h"

struct lr_cadastre {
	sqlite3 *db;
	sqlite3_stmt *find;
};

enum { K_COMMUNE, K_SHEET, K_NUMBER, K_AREA, K_USE, K_HOLDER, K_HOLDER_ID,
	K_HOLDER_YEAR, K_NCOLS };

static const char *const cols[K_NCOLS] = {
	"commune_code", "sheet", "number", "area", "land_use", "holder_name",
	"holder_id", "holder_birth_year"
};

#define FIND "SELECT area, holder_name, %s FROM cadastre" \
    " WHERE commune_code = ?1 AND sheet = ?2 AND number = ?3"

static int
db_fail(lr_cadastre *c, lr_err *err)
{
	lr_err_sys(err, "cadastre: %s", sqlite3_errmsg(c->db));
	return -1;
}

/* Insert one CSV row. */
static int
put_row(lr_cadastre *c, sqlite3_stmt *ins, char **f, size_t n,
    const int *idx, lr_err *err)
{
	for (int k = 0; k < K_NCOLS; k++) {
		const char *s = idx[k] >= 0 && (size_t)idx[k] < n ? f[idx[k]] : "";
		if (k == K_SHEET || k == K_NUMBER || k == K_HOLDER_YEAR)
			sqlite3_bind_int64(ins, k + 1, atol(s));
		else if (k == K_AREA)
			sqlite3_bind_double(ins, k + 1, strtod(s, NULL));
		else
			sqlite3_bind_text(ins, k + 1, s, -1, SQLITE_TRANSIENT);
	}
	if (sqlite3_step(ins) != SQLITE_DONE)
		return db_fail(c, err);
	sqlite3_reset(ins);
	return 0;
}

/* Load the CSV rows after the header. */
static int
load_rows(lr_cadastre *c, lr_csvin *in, const int *idx, lr_err *err)
{
	sqlite3_stmt *ins;
	enum lr_csv_read rd;
	char **f;
	size_t n;
	long line;
	int rc = 0;

	if (sqlite3_prepare_v2(c->db, "INSERT OR REPLACE INTO cadastre"
	    " VALUES(?1,?2,?3,?4,?5,?6,?7,?8)", -1, &ins, NULL) != SQLITE_OK)
		return db_fail(c, err);
	while (rc == 0 && (rd = lr_csvin_next(in, &f, &n, &line, err)) !=
	    LR_CSV_EOF) {
		if (rd != LR_CSV_ROW)
			rc = -1;
		else
			rc = put_row(c, ins, f, n, idx, err);
		if (rc != 0)
			lr_err_prefix(err, "%ld: ", line);
	}
	sqlite3_finalize(ins);
	return rc;
}

static int
load_csv(lr_cadastre *c, const char *path, const char *enc, lr_err *err)
{
	lr_csvin *in = lr_csvin_open(path, enc, err);
	int idx[K_NCOLS], rc = -1;
	char **f;
	size_t n;
	long line;

	if (in == NULL)
		return -1;
	if (sqlite3_exec(c->db, "CREATE TABLE cadastre(commune_code TEXT,"
	    " sheet INTEGER, number INTEGER, area REAL, land_use TEXT,"
	    " holder_name TEXT, holder_id TEXT, holder_birth_year INTEGER,"
	    " PRIMARY KEY(commune_code, sheet, number))",
	    NULL, NULL, NULL) != SQLITE_OK)
		rc = db_fail(c, err);
	else if (lr_csvin_next(in, &f, &n, &line, err) != LR_CSV_ROW)
		lr_err_set(err, "no header line");
	else if (lr_csv_columns(f, n, cols, K_NCOLS, 4, idx, err) == 0)
		rc = load_rows(c, in, idx, err);
	lr_csvin_close(in);
	return rc;
}

static int
has_suffix(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);

	return a >= b && strcmp(s + a - b, suffix) == 0;
}

/* The parcel lookup; a database without the holder's ID and birth year
 * (an older layout) gives them as NULL. */
static int
prepare_find(lr_cadastre *c)
{
	char sql[256];

	snprintf(sql, sizeof(sql), FIND, "holder_id, holder_birth_year");
	if (sqlite3_prepare_v2(c->db, sql, -1, &c->find, NULL) == SQLITE_OK)
		return SQLITE_OK;
	snprintf(sql, sizeof(sql), FIND, "NULL, NULL");
	return sqlite3_prepare_v2(c->db, sql, -1, &c->find, NULL);
}

lr_cadastre *
lr_cadastre_open(const char *path, const char *encoding, lr_err *err)
{
	lr_cadastre *c = calloc(1, sizeof(*c));
	int db = has_suffix(path, ".db"), rc;

	if (c == NULL)
		return NULL;
	rc = sqlite3_open_v2(db ? path : ":memory:", &c->db, db ?
	    SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE, NULL);
	if (rc != SQLITE_OK)
		db_fail(c, err);
	else if ((db || load_csv(c, path, encoding, err) == 0) &&
	    prepare_find(c) != SQLITE_OK)
		db_fail(c, err);
	if (c->find == NULL) {
		lr_err_prefix(err, "'%s': ", path);
		lr_cadastre_close(c);
		return NULL;
	}
	return c;
}

/* Same name up to tone marks and case (titles such as "ông" dropped)? */
static int
same_holder(const char *a, const char *b)
{
	lr_person pa, pb;

	if (lr_person_set_name(&pa, a) < 0 || lr_person_set_name(&pb, b) < 0)
		return 1;	/* nothing to compare */
	return strcmp(pa.family[LR_KEY_TONELESS], pb.family[LR_KEY_TONELESS])
	    == 0 && strcmp(pa.middle[LR_KEY_TONELESS],
	    pb.middle[LR_KEY_TONELESS]) == 0 &&
	    strcmp(pa.given[LR_KEY_TONELESS], pb.given[LR_KEY_TONELESS]) == 0;
}

enum lr_cad_status
lr_cadastre_check(lr_cadastre *c, const char *commune, long sheet,
    long number, double area, const char *holder)
{
	enum lr_cad_status st = LR_CAD_NOT_FOUND;
	const char *h;
	double a;

	sqlite3_bind_text(c->find, 1, commune ? commune : "", -1, SQLITE_STATIC);
	sqlite3_bind_int64(c->find, 2, sheet);
	sqlite3_bind_int64(c->find, 3, number);
	if (sqlite3_step(c->find) == SQLITE_ROW) {
		a = sqlite3_column_double(c->find, 0);
		h = (const char *)sqlite3_column_text(c->find, 1);
		st = LR_CAD_MATCHED;
		if (area > 0 && fabs(area - a) > fmax(1.0, a * 0.01))
			st = LR_CAD_AREA_DIFFERS;
		else if (holder && h && *holder && *h && !same_holder(holder, h))
			st = LR_CAD_HOLDER_DIFFERS;
	}
	sqlite3_reset(c->find);
	return st;
}

/* A number given as a JSON number or a string. */
static double
num(const json_t *j)
{
	if (json_is_string(j))
		return strtod(json_string_value(j), NULL);
	return json_number_value(j);
}

/* Bind the parcel record p's commune, sheet and number to c->find. */
static void
bind_parcel(lr_cadastre *c, const json_t *p)
{
	const char *commune = json_string_value(json_object_get(p,
	    "commune_code"));

	sqlite3_bind_text(c->find, 1, commune ? commune : "", -1,
	    SQLITE_TRANSIENT);
	sqlite3_bind_int64(c->find, 2, (long)num(json_object_get(p, "sheet")));
	sqlite3_bind_int64(c->find, 3, (long)num(json_object_get(p, "number")));
}

int
lr_cadastre_holder(lr_cadastre *c, const json_t *p, lr_cad_holder *h)
{
	const unsigned char *s;
	int found = 0;

	memset(h, 0, sizeof(*h));
	bind_parcel(c, p);
	if (sqlite3_step(c->find) == SQLITE_ROW &&
	    (s = sqlite3_column_text(c->find, 1)) != NULL && *s != '\0') {
		snprintf(h->name, sizeof(h->name), "%s", (const char *)s);
		s = sqlite3_column_text(c->find, 2);
		snprintf(h->id, sizeof(h->id), "%s", s ? (const char *)s : "");
		h->birth_year = sqlite3_column_int(c->find, 3);
		found = 1;
	}
	sqlite3_reset(c->find);
	return found;
}

int
lr_cadastre_same_name(const char *a, const char *b)
{
	return same_holder(a, b);
}

enum lr_cad_status
lr_cadastre_check_json(lr_cadastre *c, const json_t *p)
{
	const json_t *holder = json_object_get(p, "holder");

	if (json_is_object(holder))	/* a holder given as an owner record */
		holder = json_object_get(holder, "name");
	return lr_cadastre_check(c, json_string_value(json_object_get(p,
	    "commune_code")), (long)num(json_object_get(p, "sheet")),
	    (long)num(json_object_get(p, "number")),
	    num(json_object_get(p, "area")), json_string_value(holder));
}

const char *
lr_cad_status_name(enum lr_cad_status s)
{
	static const char *const names[] = { "matched", "area-differs",
		"holder-differs", "not-found" };

	return names[s];
}

void
lr_cadastre_close(lr_cadastre *c)
{
	if (c == NULL)
		return;
	sqlite3_finalize(c->find);
	sqlite3_close(c->db);
	free(c);
}
