/* Administrative units: loading the official lists and finding the commune
 * an address names. */
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "csvin.h"
#include "adminunits.h"
#include "vntext.h"
#include "util/util.h"

/* A commune, before July 2025 (with a district) or after (district NULL). */
struct commune {
	char *code, *name, *type;
	char *district, *dkey;	/* district name and its folded key */
	char *prov_code, *province, *pkey;
	char *key;		/* folded name without its type word */
	const char *tkey;	/* folded type word: "xa", "phuong", "thi tran" */
	char *ckey;		/* "o:CODE" (before July 2025) or "n:CODE" */
	int next;		/* next commune with the same key, -1 */
};

/* An old commune taken over by a new one. */
struct mapping {
	char *old_code, *new_code;
};

struct lr_units {
	struct commune *c;
	int n;
	size_t cap;
	struct mapping *m;
	int nm;
	size_t mcap;
	struct hsearch_data byname;	/* key -> first commune index + 1 */
	struct hsearch_data bycode;	/* code -> commune index + 1 */
	char **keys;			/* strings owned for the tables */
	int nkeys;
	size_t kcap;
};

/* Type words that open a unit's name, folded; longest first.  "Đặc khu"
 * (a special zone) is a commune-level unit since July 2025. */
static const char *const types[] = {
	"thanh pho ", "thi tran ", "dac khu ", "thi xa ", "phuong ", "huyen ",
	"quan ",
	"tinh ", "xa ", "tp. ", "tp ", "tt. ", "tt ", "p. ", "x. ", "h. ",
};

/* The type words of units, folded and as printed, with their levels; a
 * village's ("bản Lọng") is never a commune, though a commune be named so
 * ("Bàn Long").  A word that begins another ("tổ" of "tổ dân phố") comes
 * after it.  "Đặc khu" (a special zone) is a commune-level unit since July
 * 2025. */
static const lr_unit_word typewords[] = {
	{ "thi tran", "thị trấn", LR_TYPE_COMMUNE },
	{ "dac khu", "đặc khu", LR_TYPE_COMMUNE },
	{ "thi xa", "thị xã", LR_TYPE_DISTRICT },
	{ "thanh pho", "thành phố", LR_TYPE_CITY },
	{ "xa", "xã", LR_TYPE_COMMUNE }, { "phuong", "phường", LR_TYPE_COMMUNE },
	{ "huyen", "huyện", LR_TYPE_DISTRICT }, { "quan", "quận", LR_TYPE_DISTRICT },
	{ "tinh", "tỉnh", LR_TYPE_PROVINCE },
	{ "to dan pho", "tổ dân phố", LR_TYPE_VILLAGE },
	{ "khu pho", "khu phố", LR_TYPE_VILLAGE },
	{ "ban", "bản", LR_TYPE_VILLAGE }, { "thon", "thôn", LR_TYPE_VILLAGE },
	{ "xom", "xóm", LR_TYPE_VILLAGE }, { "to", "tổ", LR_TYPE_VILLAGE },
	{ "ap", "ấp", LR_TYPE_VILLAGE }, { "khu", "khu", LR_TYPE_VILLAGE },
	{ "khoi", "khối", LR_TYPE_VILLAGE }, { "buon", "buôn", LR_TYPE_VILLAGE },
	{ "lang", "làng", LR_TYPE_VILLAGE },
};

/* Does s start with type word w followed by a space?  Returns its length. */
static size_t
starts(const char *s, const char *w)
{
	size_t n = strlen(w);

	return strncmp(s, w, n) == 0 && s[n] == ' ' ? n + 1 : 0;
}

const lr_unit_word *
lr_unit_type(const char *folded)
{
	for (size_t i = 0; folded != NULL &&
	    i < sizeof(typewords) / sizeof(*typewords); i++)
		if (starts(folded, typewords[i].folded) != 0)
			return &typewords[i];
	return NULL;
}

/* The type word at s, its length in *len (its space included); NULL if
 * none. */
static const char *
type_at(const char *s, size_t *len, enum lr_type_level *lv)
{
	const lr_unit_word *t = lr_unit_type(s);

	*len = t != NULL ? strlen(t->folded) + 1 : 0;
	*lv = t != NULL ? t->level : LR_TYPE_NONE;
	return t != NULL ? t->folded : NULL;
}

/* Folded key of a name: ASCII skeleton, single spaces, type word dropped. */
static char *
name_key(const char *name, int drop_type)
{
	char *a = lr_ascii(name), *o, *p;

	if (a == NULL)
		return NULL;
	for (o = p = a; *p != '\0'; p++) {
		int sp = *p == ' ' || *p == '\t' || *p == '\n';
		if (sp && (o == a || o[-1] == ' '))
			continue;
		*o++ = sp ? ' ' : *p;
	}
	while (o > a && o[-1] == ' ')
		o--;
	*o = '\0';
	for (size_t i = 0; drop_type && i < sizeof(types) / sizeof(*types); i++)
		if (strncmp(a, types[i], strlen(types[i])) == 0 &&
		    a[strlen(types[i])] != '\0') {
			memmove(a, a + strlen(types[i]),
			    strlen(a) - strlen(types[i]) + 1);
			break;
		}
	return a;
}

static char *
keep(lr_units *u, char *s)
{
	if (s == NULL)
		return NULL;
	if (lr_reserve(&u->keys, &u->kcap, (size_t)u->nkeys, sizeof(*u->keys),
	    1024) != 0) {
		free(s);
		return NULL;
	}
	return u->keys[u->nkeys++] = s;
}

/* A copy of s kept by u.  The CSV reader gives fields in NFC already. */
static char *
dup(lr_units *u, const char *s)
{
	return s == NULL ? NULL : keep(u, strdup(s));
}

/* Enter commune i in the name and code tables. */
static int
index_commune(lr_units *u, int i)
{
	ENTRY e = { u->c[i].key, (void *)(long)(i + 1) }, *f;

	if (!hsearch_r(e, FIND, &f, &u->byname)) {
		if (!hsearch_r(e, ENTER, &f, &u->byname))
			return -1;
	} else {
		int k = (int)(long)f->data - 1;
		while (u->c[k].next >= 0)
			k = u->c[k].next;
		u->c[k].next = i;
	}
	e.key = u->c[i].ckey;
	if (!hsearch_r(e, FIND, &f, &u->bycode))
		return hsearch_r(e, ENTER, &f, &u->bycode) ? 0 : -1;
	return 0;
}

/* The folded type word a commune's name opens with, or NULL. */
static const char *
type_of(const char *name)
{
	char *a = name_key(name, 0);
	const char *t = NULL;
	enum lr_type_level lv = LR_TYPE_NONE;
	size_t k;

	if (a != NULL)
		t = type_at(a, &k, &lv);
	free(a);
	return lv == LR_TYPE_COMMUNE ? t : NULL;
}

/* "o:CODE" or "n:CODE", kept by u. */
static char *
code_key(lr_units *u, const char *code, int current)
{
	char *k;

	if (asprintf(&k, "%c:%s", current ? 'n' : 'o', code) < 0)
		return NULL;
	return keep(u, k);
}

/* Set c's province and district (codes, names, keys): the previous
 * commune's strings when they are the same, as they are for most rows of a
 * list sorted by province and district; else new copies. */
static void
share_region(lr_units *u, struct commune *c, char *const f[7])
{
	const struct commune *p = u->n > 0 ? c - 1 : NULL;

	if (p != NULL && f[0] != NULL && f[1] != NULL &&
	    strcmp(p->prov_code, f[0]) == 0 && strcmp(p->province, f[1]) == 0) {
		c->prov_code = p->prov_code;
		c->province = p->province;
		c->pkey = p->pkey;
	} else {
		c->prov_code = dup(u, f[0]);
		c->province = dup(u, f[1]);
		c->pkey = f[1] ? keep(u, name_key(f[1], 1)) : NULL;
	}
	if (f[3] == NULL)
		return;
	if (p != NULL && p->district != NULL && c->province == p->province &&
	    strcmp(p->district, f[3]) == 0) {
		c->district = p->district;
		c->dkey = p->dkey;
	} else {
		c->district = dup(u, f[3]);
		c->dkey = keep(u, name_key(f[3], 1));
	}
}

/* Add a commune from names as printed in the lists; current: a post-July-2025
 * commune (f[3], the district, is then NULL). */
static int
add_commune(lr_units *u, char *const f[7], int current)
{
	struct commune *c;

	if (lr_reserve(&u->c, &u->cap, (size_t)u->n, sizeof(*u->c), 1024) != 0)
		return -1;
	c = &u->c[u->n];
	memset(c, 0, sizeof(*c));
	c->next = -1;
	share_region(u, c, f);
	c->code = dup(u, f[4]);
	c->name = dup(u, f[5]);
	c->type = f[6] ? dup(u, f[6]) : NULL;
	c->key = keep(u, name_key(f[5], 1));
	c->ckey = code_key(u, f[4], current);
	c->tkey = type_of(f[5]);
	if (!c->ckey || !c->prov_code || !c->province || !c->pkey || !c->code || !c->name ||
	    !c->key || (f[3] && !c->dkey))
		return -1;
	return index_commune(u, u->n++);
}

typedef int (*row_fn)(lr_units *u, char *const *f);

/* Read path, whose header must have the columns cols[0..ncols-1]; call fn
 * with each row's fields in that order (at most 8). */
static int
read_csv(lr_units *u, const char *path, const char *const *cols, int ncols,
    row_fn fn, lr_err *err)
{
	lr_csvin *c = lr_csvin_open(path, "UTF-8", err);
	enum lr_csv_read rd = LR_CSV_FAIL;
	char **f, *row[8];
	int idx[8];
	size_t n;
	long line;

	if (c != NULL && (rd = lr_csvin_next(c, &f, &n, &line, err)) == LR_CSV_EOF)
		lr_err_set(err, "empty file, no header");
	if (rd != LR_CSV_ROW ||
	    lr_csv_columns(f, n, cols, ncols, ncols, idx, err) != 0)
		goto fail;
	while ((rd = lr_csvin_next(c, &f, &n, &line, err)) == LR_CSV_ROW) {
		for (int i = 0; i < ncols; i++)
			row[i] = (size_t)idx[i] < n && f[idx[i]][0] ? f[idx[i]] :
			    NULL;
		if (fn(u, row) != 0) {
			lr_err_set(err, "line %ld: bad row or out of memory", line);
			goto fail;
		}
	}
	if (rd != LR_CSV_EOF)
		goto fail;
	lr_csvin_close(c);
	return 0;
fail:
	lr_err_prefix(err, "'%s': ", path);
	lr_csvin_close(c);
	return -1;
}

static int
unit_row(lr_units *u, char *const *f)
{
	if (f[0] == NULL || f[1] == NULL || f[4] == NULL || f[5] == NULL)
		return -1;
	return add_commune(u, f, 0);
}

lr_units *
lr_units_new(void)
{
	lr_units *u = calloc(1, sizeof(*u));

	if (u == NULL)
		return NULL;
	if (!hcreate_r(40000, &u->byname) || !hcreate_r(40000, &u->bycode)) {
		lr_units_free(u);
		return NULL;
	}
	return u;
}

int
lr_units_load_list(lr_units *u, const char *path, lr_err *err)
{
	static const char *const cols[] = { "province_code", "province_name",
	    "district_code", "district_name", "commune_code", "commune_name",
	    "commune_type" };

	return read_csv(u, path, cols, 7, unit_row, err);
}

lr_units *
lr_units_load(const char *path, lr_err *err)
{
	lr_units *u = lr_units_new();

	if (u == NULL) {
		lr_err_sys(err, "out of memory");
		return NULL;
	}
	if (lr_units_load_list(u, path, err) != 0) {
		lr_units_free(u);
		return NULL;
	}
	return u;
}

/* A map row: old code -> new code, and the new commune itself. */
static int
map_row(lr_units *u, char *const *f)
{
	char *nc[7] = { f[3], f[4], NULL, NULL, f[5], f[6], NULL };
	ENTRY e, *found;
	char k[64];

	if (f[1] == NULL || f[3] == NULL || f[4] == NULL || f[5] == NULL ||
	    f[6] == NULL)
		return -1;
	if (lr_reserve(&u->m, &u->mcap, (size_t)u->nm, sizeof(*u->m), 1024) != 0)
		return -1;
	u->m[u->nm].old_code = dup(u, f[1]);
	u->m[u->nm].new_code = dup(u, f[5]);
	if (u->m[u->nm++].new_code == NULL)
		return -1;
	snprintf(k, sizeof(k), "n:%s", f[5]);
	e.key = k;
	if (hsearch_r(e, FIND, &found, &u->bycode))
		return 0;	/* one new commune takes over several old ones */
	return add_commune(u, nc, 1);
}

int
lr_units_load_map(lr_units *u, const char *path, lr_err *err)
{
	static const char *const cols[] = { "old_province_code",
	    "old_commune_code", "old_commune_name", "new_province_code",
	    "new_province_name", "new_commune_code", "new_commune_name" };

	return read_csv(u, path, cols, 7, map_row, err);
}

#define MAXPARTS 16

/* An address split into parts: "xa muong phang" -> level, key. */
struct parts {
	enum lr_type_level lv[MAXPARTS];
	const char *type[MAXPARTS];	/* the type word, or NULL */
	char key[MAXPARTS][128];
	int n;
};

static void
part_add(struct parts *p, enum lr_type_level lv, const char *type,
    const char *s, size_t n)
{
	while (n > 0 && s[n - 1] == ' ')
		n--;
	if (p->n == MAXPARTS || (n == 0 && lv == LR_TYPE_NONE))
		return;
	p->lv[p->n] = lv;
	p->type[p->n] = type;
	snprintf(p->key[p->n++], sizeof(p->key[0]), "%.*s", (int)n, s);
}

/* Is [a, b) only spaces? */
static int
spaces(const char *a, const char *b)
{
	while (a < b && *a == ' ')
		a++;
	return a == b;
}

/* Does word w start with a small letter? */
static int
small_start(const char *w)
{
	utf8proc_int32_t c;

	return utf8proc_iterate((const utf8proc_uint8_t *)w, -1, &c) > 0 &&
	    utf8proc_category(c) == UTF8PROC_CATEGORY_LL;
}

/* Per byte of a, the folded form of address (name_key), 1 where a word
 * written in small letters starts: type words are written so ("xã"), the
 * syllables of names not ("Lao Xả Phình").  Every word counts as small
 * when none is (an address in capitals).  NULL when out of memory. */
static char *
small_words(const char *address, const char *a)
{
	char *copy = strdup(address), *mark = calloc(strlen(a) + 1, 1);
	char *save = NULL, *w;
	int any = 0;
	size_t at = 0;

	for (w = copy ? strtok_r(copy, " \t\r\n", &save) : NULL;
	    w != NULL && mark != NULL && at < strlen(a);
	    w = strtok_r(NULL, " \t\r\n", &save)) {
		mark[at] = (char)small_start(w);
		any |= mark[at];
		at += strcspn(a + at, " ") + 1;
	}
	for (size_t i = 0; !any && mark != NULL && i < strlen(a); i++)
		mark[i] = i == 0 || a[i - 1] == ' ';
	free(copy);
	return mark;
}

/* Split folded address a at commas, and at type words in small letters
 * (small, from small_words()) that follow a name ("xa muong phang huyen
 * dien bien" is two parts, "xa lao xa phinh" one). */
static void
split(const char *a, const char *small, struct parts *p)
{
	const char *start = a, *s = a, *type = NULL, *tw;
	enum lr_type_level lv = LR_TYPE_NONE, t;
	size_t k;

	p->n = 0;
	while (*s != '\0') {
		if (*s == ',') {
			part_add(p, lv, type, start, (size_t)(s - start));
			start = ++s, lv = LR_TYPE_NONE, type = NULL;
			continue;
		}
		if (*s == ' ') {
			s++;
			continue;
		}
		if (spaces(start, s))
			start = s;
		tw = type_at(s, &k, &t);
		if (tw != NULL && !(lv != LR_TYPE_NONE && s == start) &&
		    (s == start || small[s - a])) {
			if (s > start)
				part_add(p, lv, type, start, (size_t)(s - start));
			lv = t, type = tw, s += k, start = s;
			continue;
		}
		while (*s != '\0' && *s != ' ' && *s != ',')
			s++;
	}
	part_add(p, lv, type, start, (size_t)(s - start));
}

/* How well commune c fits an address whose part `at` names it. */
static int
score(const struct commune *c, const struct parts *p, int at,
    const char *province)
{
	int sc = 1 + (p->lv[at] == LR_TYPE_COMMUNE);

	if (p->type[at] != NULL && c->tkey != NULL &&
	    strcmp(p->type[at], c->tkey) == 0)
		sc += 1;

	for (int i = 0; i < p->n; i++) {
		if (i == at)
			continue;
		enum lr_type_level lv = p->lv[i];
		if (c->dkey && lv != LR_TYPE_PROVINCE && lv != LR_TYPE_COMMUNE &&
		    strcmp(p->key[i], c->dkey) == 0)
			sc += 4;
		else if (lv != LR_TYPE_DISTRICT && lv != LR_TYPE_COMMUNE &&
		    strcmp(p->key[i], c->pkey) == 0)
			sc += 4;
	}
	if (province != NULL && strcmp(province, c->prov_code) == 0)
		sc += 2;
	return sc;
}

enum lr_era
lr_units_era(const char *iso)
{
	int y, m, d;

	if (iso == NULL || sscanf(iso, "%4d-%2d-%2d", &y, &m, &d) != 3)
		return LR_ERA_ANY;
	return y > 2025 || (y == 2025 && m >= 7) ? LR_ERA_NEW : LR_ERA_OLD;
}

/* Keep code, of score sc, among the best *n of score *top in out (up to
 * max; *n counts them all). */
static void
keep_best(const char *code, int sc, int *top, const char **out, int *n,
    int max)
{
	if (sc < *top)
		return;
	if (sc > *top)
		*top = sc, *n = 0;
	for (int i = 0; i < *n && i < max; i++)
		if (strcmp(out[i], code) == 0)
			return;
	if (*n < max)
		out[*n] = code;
	(*n)++;
}

int
lr_units_find_all(const lr_units *u, const char *address,
    const char *province, enum lr_era era, const char **out, int max)
{
	char *a = name_key(address, 0), *small = a ? small_words(address, a) :
	    NULL;
	struct parts p;
	int top = 1, n = 0;
	ENTRY e, *f;

	if (small == NULL) {
		free(a);
		return 0;
	}
	split(a, small, &p);
	free(a);
	free(small);
	for (int i = 0; i < p.n; i++) {
		if (p.lv[i] != LR_TYPE_COMMUNE && p.lv[i] != LR_TYPE_NONE)
			continue;
		e.key = p.key[i];
		if (!hsearch_r(e, FIND, &f, (struct hsearch_data *)&u->byname))
			continue;
		for (int k = (int)(long)f->data - 1; k >= 0; k = u->c[k].next)
			if (era == LR_ERA_ANY ||
			    (u->c[k].district == NULL) == (era == LR_ERA_NEW))
				keep_best(u->c[k].code, score(&u->c[k], &p, i,
				    province), &top, out, &n, max);
	}
	return n;
}

const char *
lr_units_find(const lr_units *u, const char *address, const char *province,
    enum lr_era era, int *ambiguous)
{
	const char *best[2];
	int n = lr_units_find_all(u, address, province, era, best, 2);

	*ambiguous = n > 1 ? n : 0;
	return n == 1 ? best[0] : NULL;
}

/* Commune by code and era (any: the old generation first). */
static const struct commune *
by_code(const lr_units *u, const char *code, enum lr_era era)
{
	char k[64];
	ENTRY e = { k, NULL }, *f;

	for (int gen = 0; gen < 2; gen++) {
		if ((gen == 0 && era == LR_ERA_NEW) || (gen == 1 && era == LR_ERA_OLD))
			continue;
		snprintf(k, sizeof(k), "%c:%s", gen ? 'n' : 'o', code);
		if (hsearch_r(e, FIND, &f, (struct hsearch_data *)&u->bycode))
			return &u->c[(long)f->data - 1];
	}
	return NULL;
}

int
lr_units_names(const lr_units *u, const char *code, enum lr_era era,
    const char **commune, const char **district, const char **province)
{
	const struct commune *c = by_code(u, code, era);

	if (c == NULL)
		return -1;
	*commune = c->name;
	*district = c->district;
	*province = c->province;
	return 0;
}

int
lr_units_has_province(const lr_units *u, int code)
{
	for (int i = 0; i < u->n; i++)
		if (u->c[i].prov_code != NULL && atoi(u->c[i].prov_code) == code)
			return 1;
	return 0;
}

/* The name of commune c at level, or NULL. */
static const char *
level_name(const struct commune *c, enum lr_unit_level level)
{
	return level == LR_UNIT_COMMUNE ? c->name : level == LR_UNIT_DISTRICT ?
	    c->district : c->province;
}

/* Is name among out[0..n-1]?  The last first: the lists run in order.
 * The search when the table of names seen cannot be made. */
static int
listed(const char **out, int n, const char *name)
{
	for (int i = n - 1; i >= 0; i--)
		if (strcmp(out[i], name) == 0)
			return 1;
	return 0;
}

/* Is name among out[0..n-1], the names entered in seen (NULL: none made)?
 * When add says so, enters it (as the n + 1st) if it is not. */
static int
seen_name(struct hsearch_data *seen, const char **out, int n,
    const char *name, int add)
{
	ENTRY e = { (char *)name, (void *)(long)(n + 1) }, *f;

	if (seen == NULL)
		return listed(out, n, name);
	if (hsearch_r(e, add ? ENTER : FIND, &f, seen))
		return !add || f->data != e.data;	/* entered before */
	return add ? listed(out, n, name) : 0;	/* the table is full */
}

/* The name at level of commune c when it lies in the units asked for;
 * NULL when it does not or has none. */
static const char *
wanted_name(const struct commune *c, enum lr_unit_level level,
    enum lr_era era, const char *province, const char *district)
{
	const char *name = level_name(c, level);

	if (name == NULL || (era != LR_ERA_ANY &&
	    (c->district == NULL) != (era == LR_ERA_NEW)) ||
	    (province && strcmp(c->province, province) != 0) ||
	    (district && (!c->district || strcmp(c->district, district) != 0)))
		return NULL;
	return name;
}

int
lr_units_names_in(const lr_units *u, enum lr_unit_level level,
    enum lr_era era, const char *province, const char *district,
    const char **out, int max)
{
	struct hsearch_data tab = { 0 }, *seen = NULL;
	int n = 0;

	/* The names listed are entered in a table: one look-up a commune. */
	if (max > 0 && hcreate_r((size_t)(max < u->n ? max : u->n) + 1, &tab))
		seen = &tab;
	for (int i = 0; i < u->n && n <= max; i++) {
		const char *name = wanted_name(&u->c[i], level, era, province,
		    district);
		if (name == NULL ||
		    seen_name(seen, out, n < max ? n : max, name, n < max))
			continue;
		if (n < max)
			out[n] = name;
		n++;
	}
	if (seen != NULL)
		hdestroy_r(seen);
	return n;
}

int
lr_units_current(const lr_units *u, const char *old_code, const char **out,
    int max)
{
	int n = 0;

	for (int i = 0; i < u->nm; i++)
		if (strcmp(u->m[i].old_code, old_code) == 0) {
			if (n < max)
				out[n] = u->m[i].new_code;
			n++;
		}
	return n;
}

void
lr_units_free(lr_units *u)
{
	if (u == NULL)
		return;
	hdestroy_r(&u->byname);
	hdestroy_r(&u->bycode);
	for (int i = 0; i < u->nkeys; i++)
		free(u->keys[i]);
	free(u->keys);
	free(u->c);
	free(u->m);
	free(u);
}
