/* The HoSoXml's identity constraints checked in C: what the XSD's xs:key and
 * xs:keyref say, for validation against the XSD without them. */
#include <stdlib.h>
#include <string.h>

#include "hoso.h"
#include "util/util.h"

/* Key sets. */
enum { K_PERSON, K_OWNER, K_PARCEL, K_SETS };

/* Fields of entity (a child of box, a child of HoSoXml) that are keys of a
 * set (key) or references to one (ref). */
struct idc {
	const char *name, *box, *entity, *field;
	int set, key;
};

static const struct idc idcs[] = {
	{ "khoaCaNhan", "ThongTinChu", "DC_CaNhan", "caNhanId", K_PERSON, 1 },
	{ "khoaChu", "ThongTinChu", "DC_CaNhan", "caNhanId", K_OWNER, 1 },
	{ "khoaChu", "ThongTinChu", "DC_HoGiaDinh", "hoGiaDinhId", K_OWNER, 1 },
	{ "khoaThuaDat", "ThongTinThuaDat", "DC_ThuaDat", "thuaDatId", K_PARCEL, 1 },
	{ "thamChieuChu", "ThongTinQuyenSuDungDat", "DC_QuyenSuDungDat",
	  "chuId", K_OWNER, 0 },
	{ "thamChieuThuaDat", "ThongTinQuyenSuDungDat", "DC_QuyenSuDungDat",
	  "thuaDatId", K_PARCEL, 0 },
	{ "thamChieuThuaDat", "ThongTinTaiSan", "DC_NhaRiengLe", "thuaDatId",
	  K_PARCEL, 0 },
	{ "thamChieuVo", "ThongTinChu", "DC_VoChong", "voId", K_PERSON, 0 },
	{ "thamChieuChong", "ThongTinChu", "DC_VoChong", "chongId", K_PERSON, 0 },
	{ "thamChieuChuHo", "ThongTinChu", "DC_HoGiaDinh", "chuHoId", K_PERSON, 0 },
	{ "thamChieuThanhVien", "ThongTinChu", "DC_HoGiaDinh", "thanhVienId",
	  K_PERSON, 0 },
};

#define NIDC (sizeof(idcs) / sizeof(idcs[0]))

/* The values of one key set. */
struct keys {
	const char **v;
	size_t n, cap;
};

/* The key or reference values of c found in doc, in turn: fn(c, value, ctx)
 * for each field element (value NULL for an entity without the field). */
static void
each_value(xmlNodePtr root, const struct idc *c,
    void (*fn)(const struct idc *, const char *, void *), void *ctx)
{
	for (xmlNodePtr b = root->children; b != NULL; b = b->next) {
		if (b->type != XML_ELEMENT_NODE || strcmp((char *)b->name, c->box))
			continue;
		for (xmlNodePtr e = b->children; e != NULL; e = e->next) {
			int found = 0;

			if (e->type != XML_ELEMENT_NODE ||
			    strcmp((char *)e->name, c->entity) != 0)
				continue;
			for (xmlNodePtr f = e->children; f != NULL; f = f->next)
				if (f->type == XML_ELEMENT_NODE &&
				    strcmp((char *)f->name, c->field) == 0) {
					found = 1;
					fn(c, f->children && f->children->content ?
					    (char *)f->children->content : "", ctx);
				}
			if (!found)
				fn(c, NULL, ctx);
		}
	}
}

/* Checking state. */
struct chk {
	struct keys sets[K_SETS];
	json_t *reasons;
	int bad;
};

static void
why(struct chk *k, const struct idc *c, const char *what, const char *v)
{
	json_array_append_new(k->reasons, json_sprintf(
	    "schema: /HoSoXml/%s/%s/%s: %s '%s' (%s)", c->box, c->entity,
	    c->field, what, v ? v : "", c->name));
	k->bad = 1;
}

/* Add key value v of c to its set. */
static void
add_key(const struct idc *c, const char *v, void *ctx)
{
	struct chk *k = ctx;
	struct keys *s = &k->sets[c->set];

	if (v == NULL) {
		why(k, c, "key missing", v);
		return;
	}
	if (lr_reserve(&s->v, &s->cap, s->n, sizeof(*s->v), 16) != 0) {
		why(k, c, "out of memory at", v);
		return;
	}
	s->v[s->n++] = v;
}

static int
strpcmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Check that reference v of c names a key of its set. */
static void
check_ref(const struct idc *c, const char *v, void *ctx)
{
	struct chk *k = ctx;
	struct keys *s = &k->sets[c->set];

	if (v != NULL && bsearch(&v, s->v, s->n, sizeof(*s->v), strpcmp) == NULL)
		why(k, c, "no key matches", v);
}

/* The first key constraint of set i. */
static const struct idc *
key_of(int i)
{
	size_t j = 0;

	while (j < NIDC - 1 && !(idcs[j].key && idcs[j].set == i))
		j++;
	return &idcs[j];
}

/* Sort each key set; a value twice in a set is refused. */
static void
sort_keys(struct chk *k)
{
	for (int i = 0; i < K_SETS; i++) {
		struct keys *s = &k->sets[i];

		qsort(s->v, s->n, sizeof(*s->v), strpcmp);
		for (size_t j = 1; j < s->n; j++)
			if (strcmp(s->v[j - 1], s->v[j]) == 0)
				why(k, key_of(i), "duplicate key", s->v[j]);
	}
}

int
lr_hoso_covers(const char *identity)
{
	return strcmp(identity, "khoaCaNhan khoaChu khoaThuaDat thamChieuChu "
	    "thamChieuThuaDat thamChieuVo thamChieuChong thamChieuChuHo "
	    "thamChieuThanhVien") == 0;
}

int
lr_hoso_check_ids(xmlDocPtr doc, json_t *reasons)
{
	struct chk k = { .reasons = reasons };
	xmlNodePtr root = xmlDocGetRootElement(doc);

	if (root == NULL)
		return -1;
	for (size_t i = 0; i < NIDC; i++)
		if (idcs[i].key)
			each_value(root, &idcs[i], add_key, &k);
	sort_keys(&k);
	for (size_t i = 0; i < NIDC; i++)
		if (!idcs[i].key)
			each_value(root, &idcs[i], check_ref, &k);
	for (int i = 0; i < K_SETS; i++)
		free(k.sets[i].v);
	return k.bad ? -1 : 0;
}
