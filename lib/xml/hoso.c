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

/* ThongTinQuyetDinh/DC_QuyetDinh from rec.decision and rec.source; none
 * for a record of a register (with "rows", from table-import). */
static void
add_decision(struct lr_hoso_b *b, xmlNodePtr root, const json_t *rec)
{
	const json_t *d = json_object_get(rec, "decision");
	xmlNodePtr q;

	if ((d == NULL && json_is_array(json_object_get(rec, "rows"))) ||
	    (json_is_null(d) && json_object_get(rec, "certificate") != NULL))
		return;
	lr_hoso_at(b, "decision", -1);
	if (!json_is_object(d)) {
		lr_hoso_why(b, "", "missing");
		return;
	}
	q = xmlNewChild(xmlNewChild(root, NULL, BAD_CAST "ThongTinQuyetDinh",
	    NULL), NULL, BAD_CAST "DC_QuyetDinh", NULL);
	lr_hoso_text(b, q, "soQuyetDinh", d, "number", LR_HOSO_REQ);
	lr_hoso_date(b, q, "ngayQuyetDinh", d, "date", LR_HOSO_OPT);
	lr_hoso_text(b, q, "coQuanBanHanh", d, "issuer", LR_HOSO_OPT);
	lr_hoso_code(b, q, "loaiQuyetDinh", d, "kind", "LoaiQuyetDinh");
	lr_hoso_text(b, q, "trichYeu", d, "title", LR_HOSO_OPT);
	lr_hoso_at(b, "", -1);
	lr_hoso_text(b, q, "banQuet", rec, "source", LR_HOSO_REQ);
}

/* DC_MucDichSuDung of parcel p: its use (after a change of use, the new one). */
static void
add_use(struct lr_hoso_b *b, xmlNodePtr td, const json_t *p)
{
	xmlNodePtr m = xmlNewChild(td, NULL, BAD_CAST "DC_MucDichSuDung", NULL);
	int change = lr_hoso_str(b, p, "land_use_to") != NULL;
	const char *origin;

	lr_hoso_code(b, m, "maMucDichSuDung", p, change ? "land_use_to" : "land_use",
	    "MaMucDichSuDung");
	if (change)
		lr_hoso_code(b, m, "maMucDichTruocChuyen", p, "land_use",
		    "MaMucDichSuDung");
	lr_hoso_number(b, m, "dienTich", p, "area", LR_HOSO_REQ);
	lr_hoso_text(b, m, "thoiHanSuDung", p, "term", LR_HOSO_OPT);
	lr_hoso_date(b, m, "ngayHetHanSuDung", p, "term_end", LR_HOSO_OPT);
	if ((origin = lr_hoso_str(b, p, "origin")) == NULL)
		return;
	lr_hoso_put(xmlNewChild(m, NULL, BAD_CAST "DC_NguonGocDat", NULL),
	    lr_schema_has_code(b->h->schema, "MaNguonGoc", origin) ?
	    "nguonGoc" : "dienGiai", origin);
}

/* DC_ThuaDat of parcel p, id TD<i+1>. */
static void
add_parcel(struct lr_hoso_b *b, xmlNodePtr box, const json_t *p, long i)
{
	xmlNodePtr td = xmlNewChild(box, NULL, BAD_CAST "DC_ThuaDat", NULL);

	lr_hoso_ref(td, "thuaDatId", "TD", i);
	lr_hoso_commune(b, td, p, LR_HOSO_REQ);
	lr_hoso_number(b, td, "soHieuToBanDo", p, "sheet", LR_HOSO_REQ | LR_HOSO_WHOLE);
	lr_hoso_number(b, td, "soThuTuThua", p, "number", LR_HOSO_REQ | LR_HOSO_WHOLE);
	lr_hoso_number(b, td, "dienTich", p, "area", LR_HOSO_REQ);
	lr_hoso_text(b, td, "diaChi", p, "address", LR_HOSO_OPT);
	add_use(b, td, p);
}

/* One DC_QuyenSuDungDat tying owner k (or k's household) to parcel i. */
static void
add_right(xmlNodePtr box, const json_t *owners, long k, long i)
{
	xmlNodePtr r = xmlNewChild(box, NULL, BAD_CAST "DC_QuyenSuDungDat", NULL);
	int hh = json_is_true(json_object_get(json_array_get(owners,
	    (size_t)k), "household"));

	lr_hoso_ref(r, "chuId", hh ? "HGD" : "CN", k);
	lr_hoso_ref(r, "thuaDatId", "TD", i);
}

/* ThongTinQuyenSuDungDat: each parcel with its holder, or with every owner
 * when it names none. */
static void
add_rights(struct lr_hoso_b *b, xmlNodePtr root, const json_t *owners,
    const json_t *parcels)
{
	xmlNodePtr box = xmlNewChild(root, NULL, BAD_CAST
	    "ThongTinQuyenSuDungDat", NULL);
	size_t n = json_array_size(owners);
	const json_t *p;
	size_t i;
	long k;

	json_array_foreach(parcels, i, p) {
		lr_hoso_at(b, "parcels", (long)i);
		if ((k = lr_hoso_index(b, p, "holder", n)) >= 0) {
			add_right(box, owners, k, (long)i);
			continue;
		}
		for (k = 0; k < (long)n; k++)
			add_right(box, owners, k, (long)i);
	}
}

/* ThongTinTaiSan/DC_NhaRiengLe from rec.house, on the first parcel. */
static void
add_house(struct lr_hoso_b *b, xmlNodePtr root, const json_t *house)
{
	xmlNodePtr n;

	if (house == NULL || json_is_null(house))
		return;
	lr_hoso_at(b, "house", -1);
	if (!json_is_object(house)) {
		lr_hoso_why(b, "", "not an object");
		return;
	}
	n = xmlNewChild(xmlNewChild(root, NULL, BAD_CAST "ThongTinTaiSan", NULL),
	    NULL, BAD_CAST "DC_NhaRiengLe", NULL);
	lr_hoso_ref(n, "thuaDatId", "TD", 0);
	lr_hoso_number(b, n, "dienTichXayDung", house, "building_area", LR_HOSO_OPT);
	lr_hoso_number(b, n, "dienTichSan", house, "floor_area", LR_HOSO_OPT);
	lr_hoso_text(b, n, "ketCau", house, "structure", LR_HOSO_OPT);
	lr_hoso_number(b, n, "soTang", house, "floors", LR_HOSO_WHOLE);
	lr_hoso_number(b, n, "namHoanThanhXayDung", house, "year_built", LR_HOSO_WHOLE);
}

/* Refuse rec when review items are open and the builder requires none. */
static void
check_review(struct lr_hoso_b *b, const json_t *rec)
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
list(struct lr_hoso_b *b, const json_t *rec, const char *key)
{
	const json_t *a = json_object_get(rec, key);

	if (json_is_array(a) && json_array_size(a) > 0)
		return a;
	lr_hoso_at(b, "", -1);
	lr_hoso_why(b, key, "none");
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

/* The HoSoXml of rec, a decision's, a register's or (its view) a
 * certificate's. */
static xmlDocPtr
build(lr_hoso *h, const json_t *rec, json_t *reasons)
{
	struct lr_hoso_b b = { .h = h, .reasons = reasons };
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
	lr_hoso_text(&b, root, "maHoSo", rec, "id", LR_HOSO_REQ);
	add_decision(&b, root, rec);
	lr_hoso_certificate(&b, root, rec);
	if (owners != NULL && parcels != NULL) {
		lr_hoso_owners(&b, root, owners);
		lr_hoso_each(&b, root, "ThongTinThuaDat", "parcels", parcels,
		    add_parcel);
		add_rights(&b, root, owners, parcels);
		lr_hoso_cert_rights(root, rec);
		add_house(&b, root, json_object_get(rec, "house"));
	}
	if (json_array_size(reasons) == before)
		return doc;
	xmlFreeDoc(doc);
	return NULL;
}

xmlDocPtr
lr_hoso_build(lr_hoso *h, const json_t *rec, json_t *reasons)
{
	json_t *view = lr_hoso_cert_view(rec);
	xmlDocPtr doc = build(h, view != NULL ? view : rec, reasons);

	json_decref(view);
	return doc;
}

int
lr_hoso_is_land_record(const json_t *rec)
{
	const char *dk = json_string_value(json_object_get(rec,
	    "document_kind"));
	const char *kind = json_string_value(json_object_get(json_object_get(
	    rec, "decision"), "kind"));

	if (dk != NULL && strcmp(dk, "decision") != 0 &&
	    strcmp(dk, "certificate") != 0)
		return 0;
	return kind == NULL || strcmp(kind, "other") != 0 ||
	    json_array_size(json_object_get(rec, "owners")) > 0;
}
