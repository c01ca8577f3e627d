/* The HoSoXml builder: decision, parcels, rights and house of one record. */
#include <stdlib.h>
#include <string.h>

#include "hoso-int.h"

lr_hoso *
lr_hoso_new(lr_schema *schema, lr_units *units, int flags)
{
	lr_hoso *h = calloc(1, sizeof(*h));

	if (h == NULL || (h->dict = xmlDictCreate()) == NULL) {
		free(h);
		return NULL;
	}
	h->schema = schema;
	h->units = units;
	h->flags = flags;
	return h;
}

void
lr_hoso_free(lr_hoso *h)
{
	if (h == NULL)
		return;
	xmlDictFree(h->dict);
	free(h);
}

/* ThongTinQuyetDinh/DC_QuyetDinh from rec.decision and rec.source. */
static void
add_decision(struct hb *b, xmlNodePtr root, const json_t *rec)
{
	const json_t *d = json_object_get(rec, "decision");
	xmlNodePtr q;

	hb_at(b, "decision", -1);
	if (!json_is_object(d)) {
		hb_why(b, "", "missing");
		return;
	}
	q = xmlNewChild(xmlNewChild(root, NULL, BAD_CAST "ThongTinQuyetDinh",
	    NULL), NULL, BAD_CAST "DC_QuyetDinh", NULL);
	hb_text(b, q, "soQuyetDinh", d, "number", HB_REQ);
	hb_date(b, q, "ngayQuyetDinh", d, "date", HB_OPT);
	hb_text(b, q, "coQuanBanHanh", d, "issuer", HB_OPT);
	hb_code(b, q, "loaiQuyetDinh", d, "kind", "LoaiQuyetDinh");
	hb_text(b, q, "trichYeu", d, "title", HB_OPT);
	hb_at(b, "", -1);
	hb_text(b, q, "banQuet", rec, "source", HB_REQ);
}

/* The commune an address names, or NULL and why. */
static const char *
by_name(const lr_units *u, const char *addr, enum lr_era era, char *why,
    size_t n)
{
	int amb;
	const char *code = lr_units_find(u, addr, NULL, era, &amb);

	if (code == NULL && amb > 1)
		snprintf(why, n, "missing; the address names %d communes of that "
		    "name (review)", amb);
	else if (code == NULL)
		snprintf(why, n, "missing, and the address names no known commune");
	return code;
}

/* Today's code of an old commune (as is when the map does not know it), or
 * NULL and why when it was split. */
static const char *
current(const lr_units *u, const char *code, char *why, size_t n)
{
	const char *out[64];
	int k = lr_units_current(u, code, out, 64);

	if (k == 0)
		return code;
	if (k == 1)
		return out[0];
	snprintf(why, n, "commune %s was split in July 2025 (%s ... %s); review",
	    code, out[0], out[(k < 64 ? k : 64) - 1]);
	return NULL;
}

void
hb_commune(struct hb *b, xmlNodePtr parent, const json_t *o, int required)
{
	const char *code = hb_str(b, o, "commune_code");
	const char *addr = hb_str(b, o, "address");
	char why[256] = "missing";
	lr_units *u = b->h->units;

	if (code == NULL && u != NULL && addr != NULL)
		code = by_name(u, addr, b->era, why, sizeof(why));
	if (code != NULL && u != NULL && b->map_units)
		code = current(u, code, why, sizeof(why));
	if (code == NULL && required)
		hb_why(b, "commune_code", "%s", why);
	hb_put(parent, "maXa", code);
}

/* DC_MucDichSuDung of parcel p: its use (after a change of use, the new one). */
static void
add_use(struct hb *b, xmlNodePtr td, const json_t *p)
{
	xmlNodePtr m = xmlNewChild(td, NULL, BAD_CAST "DC_MucDichSuDung", NULL);
	int change = hb_str(b, p, "land_use_to") != NULL;
	const char *origin;

	hb_code(b, m, "maMucDichSuDung", p, change ? "land_use_to" : "land_use",
	    "MaMucDichSuDung");
	if (change)
		hb_code(b, m, "maMucDichTruocChuyen", p, "land_use",
		    "MaMucDichSuDung");
	hb_number(b, m, "dienTich", p, "area", HB_REQ);
	hb_text(b, m, "thoiHanSuDung", p, "term", HB_OPT);
	hb_date(b, m, "ngayHetHanSuDung", p, "term_end", HB_OPT);
	if ((origin = hb_str(b, p, "origin")) == NULL)
		return;
	hb_put(xmlNewChild(m, NULL, BAD_CAST "DC_NguonGocDat", NULL),
	    lr_schema_has_code(b->h->schema, "MaNguonGoc", origin) ?
	    "nguonGoc" : "dienGiai", origin);
}

/* DC_ThuaDat of parcel p, id TD<i+1>. */
static void
add_parcel(struct hb *b, xmlNodePtr box, const json_t *p, long i)
{
	xmlNodePtr td = xmlNewChild(box, NULL, BAD_CAST "DC_ThuaDat", NULL);

	hb_ref(td, "thuaDatId", "TD", i);
	hb_commune(b, td, p, HB_REQ);
	hb_number(b, td, "soHieuToBanDo", p, "sheet", HB_REQ | HB_WHOLE);
	hb_number(b, td, "soThuTuThua", p, "number", HB_REQ | HB_WHOLE);
	hb_number(b, td, "dienTich", p, "area", HB_REQ);
	hb_text(b, td, "diaChi", p, "address", HB_OPT);
	add_use(b, td, p);
}

/* One DC_QuyenSuDungDat tying owner k (or k's household) to parcel i. */
static void
add_right(xmlNodePtr box, const json_t *owners, long k, long i)
{
	xmlNodePtr r = xmlNewChild(box, NULL, BAD_CAST "DC_QuyenSuDungDat", NULL);
	int hh = json_is_true(json_object_get(json_array_get(owners,
	    (size_t)k), "household"));

	hb_ref(r, "chuId", hh ? "HGD" : "CN", k);
	hb_ref(r, "thuaDatId", "TD", i);
}

/* ThongTinQuyenSuDungDat: each parcel with its holder, or with every owner
 * when it names none. */
static void
add_rights(struct hb *b, xmlNodePtr root, const json_t *owners,
    const json_t *parcels)
{
	xmlNodePtr box = xmlNewChild(root, NULL, BAD_CAST
	    "ThongTinQuyenSuDungDat", NULL);
	size_t n = json_array_size(owners);
	const json_t *p;
	size_t i;
	long k;

	json_array_foreach(parcels, i, p) {
		hb_at(b, "parcels", (long)i);
		if ((k = hb_index(b, p, "holder", n)) >= 0) {
			add_right(box, owners, k, (long)i);
			continue;
		}
		for (k = 0; k < (long)n; k++)
			add_right(box, owners, k, (long)i);
	}
}

/* ThongTinTaiSan/DC_NhaRiengLe from rec.house, on the first parcel. */
static void
add_house(struct hb *b, xmlNodePtr root, const json_t *house)
{
	xmlNodePtr n;

	if (house == NULL || json_is_null(house))
		return;
	hb_at(b, "house", -1);
	if (!json_is_object(house)) {
		hb_why(b, "", "not an object");
		return;
	}
	n = xmlNewChild(xmlNewChild(root, NULL, BAD_CAST "ThongTinTaiSan", NULL),
	    NULL, BAD_CAST "DC_NhaRiengLe", NULL);
	hb_ref(n, "thuaDatId", "TD", 0);
	hb_number(b, n, "dienTichXayDung", house, "building_area", HB_OPT);
	hb_number(b, n, "dienTichSan", house, "floor_area", HB_OPT);
	hb_text(b, n, "ketCau", house, "structure", HB_OPT);
	hb_number(b, n, "soTang", house, "floors", HB_WHOLE);
	hb_number(b, n, "namHoanThanhXayDung", house, "year_built", HB_WHOLE);
}

/* Refuse rec when review items are open and the builder requires none. */
static void
check_review(struct hb *b, const json_t *rec)
{
	const json_t *r;
	size_t i;

	if (!(b->h->flags & LR_HOSO_REQUIRE_REVIEWED))
		return;
	json_array_foreach(json_object_get(rec, "review"), i, r)
		json_array_append_new(b->reasons, json_sprintf(
		    "unresolved review: %s: %s",
		    json_string_value(json_object_get(r, "field")) ?: "?",
		    json_string_value(json_object_get(r, "reason")) ?: "?"));
}

/* A non-empty array at rec.key, or NULL after saying why not. */
static const json_t *
list(struct hb *b, const json_t *rec, const char *key)
{
	const json_t *a = json_object_get(rec, key);

	if (json_is_array(a) && json_array_size(a) > 0)
		return a;
	hb_at(b, "", -1);
	hb_why(b, key, "none");
	return NULL;
}

/* 1 when rec's decision is dated 1 July 2025 or later: its communes are
 * today's already. */
static int
issued_since_2025(const json_t *rec)
{
	const char *d = json_string_value(json_object_get(json_object_get(rec,
	    "decision"), "date"));

	return d != NULL && strcmp(d, "2025-07-01") >= 0;
}

/* A new document with its root element, its names in the builder's
 * dictionary; NULL or without root when out of memory. */
static xmlDocPtr
new_doc(lr_hoso *h)
{
	xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");

	if (doc == NULL)
		return NULL;
	doc->dict = h->dict;
	xmlDictReference(h->dict);
	xmlDocSetRootElement(doc, xmlNewDocNode(doc, NULL, BAD_CAST "HoSoXml",
	    NULL));
	return doc;
}

xmlDocPtr
lr_hoso_build(lr_hoso *h, const json_t *rec, json_t *reasons)
{
	struct hb b = { .h = h, .reasons = reasons };
	size_t before = json_array_size(reasons);
	const json_t *owners = list(&b, rec, "owners");
	const json_t *parcels = list(&b, rec, "parcels");
	xmlDocPtr doc = new_doc(h);
	xmlNodePtr root = xmlDocGetRootElement(doc);

	if (root == NULL) {
		xmlFreeDoc(doc);
		json_array_append_new(reasons, json_string("out of memory"));
		return NULL;
	}
	b.map_units = (h->flags & LR_HOSO_CURRENT_UNITS) && !issued_since_2025(rec);
	b.era = lr_units_era(json_string_value(json_object_get(json_object_get(rec,
	    "decision"), "date")));
	check_review(&b, rec);
	hb_text(&b, root, "maHoSo", rec, "id", HB_REQ);
	add_decision(&b, root, rec);
	if (owners != NULL && parcels != NULL) {
		hb_owners(&b, root, owners);
		hb_each(&b, root, "ThongTinThuaDat", "parcels", parcels,
		    add_parcel);
		add_rights(&b, root, owners, parcels);
		add_house(&b, root, json_object_get(rec, "house"));
	}
	if (json_array_size(reasons) == before)
		return doc;
	xmlFreeDoc(doc);
	return NULL;
}
