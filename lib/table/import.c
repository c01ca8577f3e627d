/* Rows to records: grouping, owners, parcels, and the run-wide checks. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clean.h"
#include "import.h"

#define MAX_CO 8		/* co-owners in one cell */

/* Where a key of the run was first seen: the caller's value, the index of
 * the file (and sheet) and the row number; in tables of 24-byte slots,
 * small enough for millions of rows. */
struct seen_at {
	uint64_t val;
	uint32_t src;
	uint32_t row;
};

struct lr_importer {
	const lr_units *units;
	const char *province;
	lr_land_use_fn land_use;
	void *lu_ctx;
	lr_htab *ids;		/* ID -> offset of its name key in names */
	lr_htab *people;	/* person key -> ID */
	lr_htab *parcels;	/* parcel key */
	char *names;		/* the name keys of the IDs, NUL-terminated */
	size_t nlen, ncap;
	json_t *places;		/* "file" or "file:sheet" by index */
	json_t *lu_cache;	/* land-use text -> code or null */
	json_t *kinds;		/* review kind -> count */
	struct ctx *sheet;	/* the sheet being read, or NULL */
};

/* The sheet being read. */
struct ctx {
	lr_importer *im;
	const lr_tgrid *g;
	const lr_tmap *m;
	const char *source;
	char stem[256];
	json_t *rec;		/* the record being built, or NULL */
	char key[512];		/* its parcel key */
	char area[64], use[128];	/* its first row's area and land use */
	size_t row;		/* the row being read */
	uint32_t src;		/* the index of source (and sheet) in places */
	lr_emit_fn emit;
	void *ectx;
};

lr_importer *
lr_importer_new(const lr_units *units, const char *province,
    lr_land_use_fn land_use, void *land_use_ctx)
{
	lr_importer *im = calloc(1, sizeof(*im));
	size_t at = sizeof(struct seen_at);

	if (im == NULL)
		return NULL;
	*im = (lr_importer){ .units = units, .province = province,
	    .land_use = land_use, .lu_ctx = land_use_ctx,
	    .ids = lr_htab_new(at), .people = lr_htab_new(at),
	    .parcels = lr_htab_new(at),
	    .places = json_array(), .lu_cache = json_object(),
	    .kinds = json_object() };
	if (!im->ids || !im->people || !im->parcels || !im->places ||
	    !im->lu_cache || !im->kinds) {
		lr_importer_free(im);
		return NULL;
	}
	return im;
}

void
lr_importer_free(lr_importer *im)
{
	if (im == NULL)
		return;
	lr_htab_free(im->ids);
	lr_htab_free(im->people);
	lr_htab_free(im->parcels);
	free(im->names);
	json_decref(im->places);
	json_decref(im->lu_cache);
	json_decref(im->kinds);
	if (im->sheet != NULL)
		json_decref(im->sheet->rec);
	free(im->sheet);
	free(im);
}

const json_t *
lr_importer_kinds(const lr_importer *im)
{
	return im->kinds;
}

/* The number of the current row as the spreadsheet shows it. */
static long
row_n(const struct ctx *c)
{
	return lr_tgrid_row(c->g, c->row)->n;
}

/* The cell of field f in the current row ("" when no column has it); its
 * column in *col. */
static const lr_cell *
cell(const struct ctx *c, int f, int *col)
{
	static const lr_cell none = { "", 0 };

	for (int k = 0; k < c->m->ncols; k++)
		if (c->m->field[k] == f) {
			*col = k;
			return lr_tgrid_cell(c->g, c->row, k);
		}
	*col = -1;
	return &none;
}

/* The text of field f in the current row. */
static const char *
text(const struct ctx *c, int f)
{
	int col;

	return cell(c, f, &col)->text;
}

/* "C7": the Excel name of column col in the current row. */
static void
cell_name(const struct ctx *c, int col, char *buf, size_t n)
{
	char letters[8];
	int k = 7;

	letters[k] = '\0';
	for (int x = col + 1; x > 0 && k > 0; x = (x - 1) / 26)
		letters[--k] = (char)('A' + (x - 1) % 26);
	snprintf(buf, n, "%s%ld", letters + k, row_n(c));
}

/* Put a review item on path with reason "kind: why", counted by kind. */
static void
review(struct ctx *c, const char *path, const char *kind, const char *why)
{
	json_t *items = json_object_get(c->rec, "review");
	char *reason = NULL;

	if (asprintf(&reason, "%s: %s", kind, why) < 0)
		return;
	json_array_append_new(items, json_pack("{s:s, s:s}", "field", path,
	    "reason", reason));
	json_object_set_new(c->im->kinds, kind, json_integer(1 +
	    json_integer_value(json_object_get(c->im->kinds, kind))));
	free(reason);
}

/* Keep the original of the value at path, taken from column col, with
 * what was changed. */
static void
keep_original(struct ctx *c, const char *path, int col, const char *orig,
    const char *change)
{
	char ref[32];

	cell_name(c, col, ref, sizeof(ref));
	json_object_set_new(json_object_get(c->rec, "fields"), path,
	    json_pack("{s:f, s:s, s:s, s:s}", "conf", 1.0, "cell", ref,
	    "original", orig, "change", change ? change : "form"));
}

/* "file row N" of where e was seen, into buf, for messages. */
static const char *
place(const struct ctx *c, const struct seen_at *e, char *buf, size_t n)
{
	snprintf(buf, n, "%s row %lu", json_string_value(json_array_get(
	    c->im->places, e->src)), (unsigned long)e->row);
	return buf;
}

/* Note key as seen at the current row with val; the entry of its first
 * sighting when it was seen before, else NULL. */
static const struct seen_at *
seen(struct ctx *c, lr_htab *s, uint64_t key, uint64_t val)
{
	struct seen_at *e;
	int fresh;

	if ((e = lr_htab_put(s, key, &fresh)) == NULL || !fresh)
		return e;
	*e = (struct seen_at){ val, c->src, (uint32_t)row_n(c) };
	return NULL;
}

/* An ID as a key: its number, told apart by length, never 0. */
static uint64_t
id_key(const char *id)
{
	return strtoull(id, NULL, 10) + 1 + (strlen(id) == 9 ? 1ULL << 50 : 0);
}

/* Keep name key k in the run's names; its offset, or (size_t)-1. */
static size_t
keep_name(lr_importer *im, const char *k)
{
	size_t n = strlen(k) + 1, at = im->nlen;

	if (lr_reserve(&im->names, &im->ncap, im->nlen + n - 1, 1, 4096) != 0)
		return (size_t)-1;
	memcpy(im->names + at, k, n);
	im->nlen += n;
	return at;
}

/* An ID seen before under the name key seen (at e): another spelling of
 * the same name, or another person. */
static void
id_seen(struct ctx *c, const char *path, const char *seen, const char *key,
    const struct seen_at *e)
{
	char *x = lr_ascii(seen), *y = lr_ascii(key), why[600], at[400];
	int d = x && y ? lr_edit_distance(x, y, 2) : 3;

	snprintf(why, sizeof(why), "the same ID is on %s at %s", d <= 2 ?
	    "another spelling of the name" : "another person",
	    place(c, e, at, sizeof(at)));
	review(c, path, d <= 2 ? "name-variant" : "id-shared", why);
	free(x);
	free(y);
}

/* The ID of an owner: cleaned, checked against the run's IDs. */
static void
owner_id(struct ctx *c, json_t *o, const char *path, const char *s,
    int number, int col)
{
	char id[13], p[64];
	const char *change, *name = json_string_value(json_object_get(o, "name"));
	enum lr_idread r = lr_clean_id(s, number, id, &change);
	const struct seen_at *e;
	char *key = lr_tonekey(name ? name : "");

	snprintf(p, sizeof(p), "%s.id_number", path);
	if (r == LR_IDR_EMPTY)
		review(c, p, "id-missing", "no ID number");
	else if (r == LR_IDR_LOST)
		review(c, p, "id-lost", "Excel wrote the ID in scientific notation and lost digits");
	else if (r == LR_IDR_BAD)
		review(c, p, "id-digit", "not a 9-digit CMND or a 12-digit personal ID with a possible province");
	if (r != LR_IDR_OK) {
		if (r != LR_IDR_EMPTY)
			keep_original(c, p, col, s, "unreadable");
		free(key);
		return;
	}
	json_object_set_new(o, "id_number", json_string(id));
	json_object_set_new(o, "id_type", json_string(strlen(id) == 12 ? "cccd" : "cmnd"));
	if (strcmp(s, id) != 0)
		keep_original(c, p, col, s, change);
	if (key == NULL)
		return;
	e = seen(c, c->im->ids, id_key(id), c->im->nlen);
	if (e == NULL)
		keep_name(c->im, key);
	else if (e->val < c->im->nlen && strcmp(c->im->names + e->val, key) != 0)
		id_seen(c, p, c->im->names + e->val, key, e);
	free(key);
}

/* The birth year (or date) of an owner, and the ID checked against it. */
static void
owner_birth(struct ctx *c, json_t *o, const char *path, const char *s,
    int number, int col)
{
	char iso[11], p[64], why[128];
	const char *change, *id = json_string_value(json_object_get(o, "id_number"));
	const char *g = json_string_value(json_object_get(o, "gender"));
	int year = 0, r = lr_clean_birth(s, number, &year, iso, &change), bad;
	lr_id_parts parts;

	snprintf(p, sizeof(p), "%s.birth_year", path);
	if (r <= 0) {
		review(c, p, "birth-year-missing", r == 0 ? "no birth year" :
		    "unreadable birth year");
		if (r < 0)
			keep_original(c, p, col, s, "unreadable");
		return;
	}
	json_object_set_new(o, "birth_year", json_integer(year));
	if (iso[0] != '\0')
		json_object_set_new(o, "birth_date", json_string(iso));
	if (change != NULL)
		keep_original(c, p, col, s, change);
	if (id == NULL || strlen(id) != 12 || lr_id_parts_of(id, &parts) != 0)
		return;
	bad = lr_id_check(id, year, g ? g[0] : 0);
	snprintf(p, sizeof(p), "%s.id_number", path);
	if (bad & LR_ID_YEAR_DIFFERS) {
		snprintf(why, sizeof(why), "the ID's digits say born %d, the row %d",
		    parts.year, year);
		review(c, p, "id-year", why);
	}
	if (bad & LR_ID_SEX_DIFFERS)
		review(c, p, "id-sex", g && g[0] == 'M' ?
		    "the ID's century digit is a woman's, the row a man's" :
		    "the ID's century digit is a man's, the row a woman's");
}

/* The key of owner o as a person, when the row says enough to tell one
 * from a namesake: the name with the birth date, or with the birth year,
 * sex and address.  A new string, or NULL. */
static char *
person_key(const struct ctx *c, const json_t *o)
{
	const char *name = json_string_value(json_object_get(o, "name"));
	const char *date = json_string_value(json_object_get(o, "birth_date"));
	const char *sex = json_string_value(json_object_get(o, "gender"));
	json_int_t year = json_integer_value(json_object_get(o, "birth_year"));
	char *nk, *ak, *key = NULL;

	if (name == NULL || year == 0 || (date == NULL && text(c, LR_TF_ADDRESS)[0] == '\0'))
		return NULL;
	nk = lr_tonekey(name);
	ak = lr_tfold(text(c, LR_TF_ADDRESS));
	if (nk != NULL && ak != NULL && (date != NULL ?
	    asprintf(&key, "%s|%s", nk, date) : asprintf(&key, "%s|%lld|%s|%s",
	    nk, (long long)year, sex ? sex : "", ak)) < 0)
		key = NULL;
	free(nk);
	free(ak);
	return key;
}

/* The same person seen before under another ID: a wrong ID, or the old
 * and the new ID of one person; a clerk decides, nothing is merged. */
static void
person_seen(struct ctx *c, const json_t *o, const char *path)
{
	const char *id = json_string_value(json_object_get(o, "id_number"));
	const struct seen_at *e;
	char *key, p[64], why[600], at[400];

	if (id == NULL || (key = person_key(c, o)) == NULL)
		return;
	e = seen(c, c->im->people, lr_hash(key), id_key(id));
	if (e != NULL && e->val != id_key(id)) {
		snprintf(p, sizeof(p), "%s.id_number", path);
		snprintf(why, sizeof(why), "the same name, birth %s are at %s "
		    "with another ID", json_object_get(o, "birth_date") ? "date" :
		    "year, sex and address", place(c, e, at, sizeof(at)));
		review(c, p, "id-two", why);
	}
	free(key);
}

/* The name of an owner; returns 0, or -1 when there is none. */
static int
owner_name(struct ctx *c, json_t *o, const char *path, const char *s, int col)
{
	int household;
	char *name = lr_clean_name(s, &household), p[64];

	snprintf(p, sizeof(p), "%s.name", path);
	if (name == NULL || name[0] == '\0') {
		free(name);
		return -1;
	}
	json_object_set_new(o, "name", json_string(name));
	if (household)
		json_object_set_new(o, "household", json_true());
	if (strcmp(name, s) != 0)
		keep_original(c, p, col, s, household ? "title" : "form");
	free(name);
	return 0;
}

/* Part i of the n parts of field f's cell: the part itself when the cell
 * lists n, the whole cell for the first owner when it lists one. */
static const char *
part(char **v, int nv, int i)
{
	if (nv == 0 || (nv == 1 && i > 0))
		return "";
	return i < nv ? v[i] : "";
}

/* 1 when owners has o already: the same name and ID. */
static int
holds_already(const json_t *owners, const json_t *o)
{
	size_t i;
	json_t *h;

	json_array_foreach(owners, i, h)
		if (json_equal(json_object_get(h, "name"), json_object_get(o, "name")) &&
		    json_equal(json_object_get(h, "id_number"), json_object_get(o, "id_number")))
			return 1;
	return 0;
}

/* Add the owners of the current row to the record. */
static void
add_owners(struct ctx *c)
{
	char *names[MAX_CO], *ids[MAX_CO], *years[MAX_CO], path[32];
	int cn, ci, cy, nn, ni, ny, col;
	const lr_cell *idc = cell(c, LR_TF_ID, &ci), *yc = cell(c, LR_TF_BIRTH, &cy);
	json_t *owners = json_object_get(c->rec, "owners");

	nn = lr_clean_split(cell(c, LR_TF_NAME, &cn)->text, names, MAX_CO);
	ni = lr_clean_split(idc->text, ids, MAX_CO);
	ny = lr_clean_split(yc->text, years, MAX_CO);
	for (int i = 0; i < nn; i++) {
		json_t *o = json_object();
		int sex = lr_parse_sex(text(c, LR_TF_GENDER));
		snprintf(path, sizeof(path), "owners[%zu]", json_array_size(owners));
		if (owner_name(c, o, path, names[i], cn) != 0) {
			json_decref(o);
			continue;
		}
		json_object_set_new(o, "row", json_integer(row_n(c)));
		if (sex && (nn == 1 || i == 0))
			json_object_set_new(o, "gender", json_string(sex == 'M' ? "M" : "F"));
		if (text(c, LR_TF_ADDRESS)[0] != '\0')
			json_object_set_new(o, "address", json_string(text(c, LR_TF_ADDRESS)));
		owner_id(c, o, path, part(ids, ni, i), ni == 1 && idc->number, ci);
		owner_birth(c, o, path, part(years, ny, i), ny == 1 && yc->number, cy);
		person_seen(c, o, path);
		if (holds_already(owners, o)) {
			review(c, path, "parcel-duplicate", "the same holder of the parcel twice");
			json_decref(o);
			continue;
		}
		json_array_append_new(owners, o);
	}
	(void)col;
	for (int i = 0; i < nn; i++)
		free(names[i]);
	for (int i = 0; i < ni; i++)
		free(ids[i]);
	for (int i = 0; i < ny; i++)
		free(years[i]);
}

/* The land-use code of s through the cache; NULL when none. */
static const char *
land_use(lr_importer *im, const char *s)
{
	json_t *v = json_object_get(im->lu_cache, s);
	char code[4];

	if (v == NULL) {
		v = im->land_use && im->land_use(im->lu_ctx, s, code) == 0 ?
		    json_string(code) : json_null();
		json_object_set_new(im->lu_cache, s, v);
	}
	return json_string_value(v);
}

/* The commune code of s: old communes first, then the new ones. */
static const char *
commune(const lr_importer *im, const char *s)
{
	const char *code;
	int amb;

	if (im->units == NULL)
		return NULL;
	code = lr_units_find(im->units, s, im->province, LR_ERA_OLD, &amb);
	return code ? code : lr_units_find(im->units, s, im->province,
	    LR_ERA_NEW, &amb);
}

/* Parcel value of field f into p[key] as a string, the original kept. */
static void
parcel_text(struct ctx *c, json_t *p, int f, const char *key)
{
	int col;
	const lr_cell *x = cell(c, f, &col);
	char path[64], t[128];

	if (x->text[0] == '\0')
		return;
	snprintf(t, sizeof(t), "%s", x->text);
	if (x->number && strlen(t) > 2 && strcmp(t + strlen(t) - 2, ".0") == 0)
		t[strlen(t) - 2] = '\0';
	json_object_set_new(p, key, json_string(t + strspn(t, " ")));
	snprintf(path, sizeof(path), "parcels[0].%s", key);
	if (strcmp(t + strspn(t, " "), x->text) != 0)
		keep_original(c, path, col, x->text, "form");
}

/* The area, land use and commune of the parcel. */
static void
parcel_values(struct ctx *c, json_t *p)
{
	int col;
	const lr_cell *a = cell(c, LR_TF_AREA, &col);
	const char *change, *code, *s;
	double area;
	int r = lr_clean_area(a->text, a->number, c->m->area_ha, &area, &change);

	if (r > 0)
		json_object_set_new(p, "area", json_real(area));
	if (r > 0 && change != NULL)
		keep_original(c, "parcels[0].area", col, a->text, change);
	if (r != 0 && r < 0) {
		keep_original(c, "parcels[0].area", col, a->text, "unreadable");
		review(c, "parcels[0].area", "area-unreadable", "not an area");
	}
	if ((s = cell(c, LR_TF_LAND_USE, &col)->text)[0] != '\0') {
		if ((code = land_use(c->im, s)) == NULL)
			review(c, "parcels[0].land_use", "land-use-unknown", "no land-use code of this name");
		json_object_set_new(p, "land_use", code ? json_string(code) : json_null());
		if (code == NULL || strcmp(code, s) != 0)
			keep_original(c, "parcels[0].land_use", col, s, "name-to-code");
	}
	if ((s = cell(c, LR_TF_COMMUNE, &col)->text)[0] != '\0') {
		code = commune(c->im, s);
		json_object_set_new(p, "commune_code", code ? json_string(code) : json_null());
		keep_original(c, "parcels[0].commune_code", col, s, "name-to-code");
		if (code == NULL)
			review(c, "parcels[0].commune_code", "commune-unknown", "no single commune of this name");
	}
}

/* The parcel key of the current row ("" when it names no parcel). */
static void
parcel_key(const struct ctx *c, char *key, size_t n)
{
	const char *sh = text(c, LR_TF_SHEET), *num = text(c, LR_TF_NUMBER);

	if (sh[0] == '\0' && num[0] == '\0')
		key[0] = '\0';
	else
		snprintf(key, n, "%s|%s|%s", text(c, LR_TF_COMMUNE), sh, num);
}

/* Start a record at the current row. */
static void
start_record(struct ctx *c, const char *key)
{
	json_t *p = json_object();
	const struct seen_at *e;
	char id[400];

	snprintf(id, sizeof(id), "%s%s%s:%ld", c->stem, c->g->sheet ? ":" : "",
	    c->g->sheet ? c->g->sheet : "", row_n(c));
	c->rec = json_pack("{s:s, s:s}", "id", id, "source", c->source);
	if (c->g->sheet)
		json_object_set_new(c->rec, "sheet", json_string(c->g->sheet));
	json_object_set_new(c->rec, "rows", json_array());
	json_object_set_new(c->rec, "owners", json_array());
	json_object_set_new(c->rec, "parcels", json_array());
	json_object_set_new(c->rec, "fields", json_object());
	json_object_set_new(c->rec, "review", json_array());
	snprintf(c->key, sizeof(c->key), "%s", key);
	snprintf(c->area, sizeof(c->area), "%s", text(c, LR_TF_AREA));
	snprintf(c->use, sizeof(c->use), "%s", text(c, LR_TF_LAND_USE));
	if (key[0] == '\0') {
		json_decref(p);
		return;
	}
	parcel_text(c, p, LR_TF_SHEET, "sheet");
	parcel_text(c, p, LR_TF_NUMBER, "number");
	if (text(c, LR_TF_PARCEL_ADDRESS)[0] != '\0')
		json_object_set_new(p, "address", json_string(text(c, LR_TF_PARCEL_ADDRESS)));
	json_object_set_new(p, "holder", json_integer(0));
	json_array_append_new(json_object_get(c->rec, "parcels"), p);
	parcel_values(c, p);
	if ((e = seen(c, c->im->parcels, lr_hash(key), 0)) != NULL) {
		char why[600], at[400];
		snprintf(why, sizeof(why), "the same parcel is also at %s",
		    place(c, e, at, sizeof(at)));
		review(c, "parcels[0]", "parcel-duplicate", why);
	}
}

/* A further row of the record's parcel: its area and land use must be
 * the first row's (blank: merged away). */
static void
same_parcel(struct ctx *c)
{
	const char *a = text(c, LR_TF_AREA), *u = text(c, LR_TF_LAND_USE);
	char why[128];

	if ((a[0] != '\0' && strcmp(a, c->area) != 0) ||
	    (u[0] != '\0' && strcmp(u, c->use) != 0)) {
		snprintf(why, sizeof(why), "row %ld gives the parcel another %s",
		    row_n(c), strcmp(a, c->area) ? "area" : "land use");
		review(c, "parcels[0]", "parcel-duplicate", why);
	}
}

/* Emit the record being built. */
static void
finish_record(struct ctx *c, lr_emit_fn emit, void *ectx)
{
	if (c->rec == NULL)
		return;
	if (json_array_size(json_object_get(c->rec, "owners")) == 0)
		review(c, "owners", "name-missing", "no land user");
	emit(c->rec, ectx);
	c->rec = NULL;
}

/* 1 when folded cell text f starts a subtotal row. */
static int
subtotal(const char *f)
{
	static const char *const words[] = {
		"tong", "cong", "tong cong", "tong so", "cong trang", "tong dien tich"
	};

	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		size_t n = strlen(words[i]);
		if (strncmp(f, words[i], n) == 0 && (f[n] == '\0' ||
		    (i > 1 && f[n] == ' ')))
			return 1;
	}
	return 0;
}

/* 1 when the current row holds no data: blank in every mapped column, a
 * subtotal ("Tổng cộng", "Cộng"), the column numbers "(1) (2)..." or the
 * header repeated. */
static int
not_data(const struct ctx *c)
{
	int any = 0, numbering = 1, header = 1;

	for (int k = 0; k < c->m->ncols; k++) {
		const char *t = lr_tgrid_cell(c->g, c->row, k)->text;
		char *f;
		if (t[0] == '\0' || c->m->field[k] == LR_TF_NONE)
			continue;
		any = 1;
		header &= strcmp(t, c->m->label[k]) == 0;
		if ((f = lr_tfold(t)) == NULL)
			continue;
		if (subtotal(f)) {
			free(f);
			return 1;
		}
		numbering &= atoi(f) == k + 1 && strspn(f, "0123456789") == strlen(f);
		free(f);
	}
	return !any || numbering || header;
}

int
lr_importer_start(lr_importer *im, const lr_tgrid *g, const lr_tmap *m,
    const char *source, lr_emit_fn emit, void *ctx)
{
	const char *base = strrchr(source, '/');
	struct ctx *c = calloc(1, sizeof(*c));

	if (c == NULL)
		return -1;
	*c = (struct ctx){ .im = im, .g = g, .m = m, .source = source,
	    .emit = emit, .ectx = ctx, .row = m->body };
	snprintf(c->stem, sizeof(c->stem), "%s", base ? base + 1 : source);
	c->stem[strcspn(c->stem, ".")] = '\0';
	c->src = (uint32_t)json_array_size(im->places);
	if (json_array_append_new(im->places, json_sprintf("%s%s%s", source,
	    g->sheet ? ":" : "", g->sheet ? g->sheet : "")) != 0) {
		free(c);
		return -1;
	}
	free(im->sheet);
	im->sheet = c;
	return 0;
}

long
lr_importer_rows(lr_importer *im)
{
	struct ctx *c = im->sheet;
	char key[512];
	long rows = 0;

	for (; c->row < lr_tgrid_end(c->g); c->row++) {
		if (not_data(c))
			continue;
		rows++;
		parcel_key(c, key, sizeof(key));
		if (c->rec == NULL || (key[0] != '\0' && strcmp(key, c->key) != 0) ||
		    (key[0] == '\0' && text(c, LR_TF_NAME)[0] == '\0')) {
			finish_record(c, c->emit, c->ectx);
			start_record(c, key);
		}
		else if (key[0] != '\0')
			same_parcel(c);
		json_array_append_new(json_object_get(c->rec, "rows"),
		    json_integer(row_n(c)));
		add_owners(c);
	}
	return rows;
}

size_t
lr_importer_next(const lr_importer *im)
{
	return im->sheet->row;
}

void
lr_importer_finish(lr_importer *im)
{
	if (im->sheet == NULL)
		return;
	finish_record(im->sheet, im->sheet->emit, im->sheet->ectx);
	free(im->sheet);
	im->sheet = NULL;
}

long
lr_importer_sheet(lr_importer *im, const lr_tgrid *g, const lr_tmap *m,
    const char *source, lr_emit_fn emit, void *ectx, lr_err *err)
{
	long rows;

	if (lr_importer_start(im, g, m, source, emit, ectx) != 0) {
		lr_err_sys(err, "out of memory");
		return -1;
	}
	rows = lr_importer_rows(im);
	lr_importer_finish(im);
	return rows;
}
