/* HoSoXml of a land-use certificate: its owners and parcel as a decision's
 * are written, DC_GiayChungNhan with its change register, and the rights
 * tied to it. */
#include <string.h>

#include "hoso-int.h"

/* A certificate's owner as a decision's owner: its spouse by index. */
static json_t *
owner_of(const json_t *o, size_t i, size_t n, int couple)
{
	json_t *out = json_deep_copy(o);

	if (out != NULL && couple && n == 2)
		json_object_set_new(out, "spouse", json_integer(1 - (long)i));
	return out;
}

/* The certificate's parcel as a decision's: its first purpose's use and
 * term. */
static json_t *
parcel_of(const json_t *p)
{
	json_t *out = json_pack("{s:O?,s:O?,s:O?,s:O?,s:O?}", "sheet",
	    json_object_get(p, "sheet"), "number", json_object_get(p, "number"),
	    "area", json_object_get(p, "area"), "origin", json_object_get(p,
	    "origin"), "address", json_object_get(p, "address"));
	const json_t *u = json_array_get(json_object_get(p, "purposes"), 0);

	if (out != NULL && u != NULL) {
		json_object_set(out, "land_use", json_object_get(u, "land_use"));
		json_object_set(out, "term", json_object_get(u, "term"));
	}
	return out;
}

json_t *
lr_hoso_cert_view(const json_t *rec)
{
	const json_t *c = json_object_get(rec, "certificate"), *o;
	json_t *view, *owners;
	int couple = json_is_true(json_object_get(c, "couple"));
	size_t i, n = json_array_size(json_object_get(c, "owners"));

	if (!json_is_object(c) || (view = json_deep_copy(rec)) == NULL)
		return NULL;
	owners = json_array();
	json_array_foreach(json_object_get(c, "owners"), i, o)
		json_array_append_new(owners, owner_of(o, i, n, couple));
	json_object_set_new(view, "owners", owners);
	json_object_set_new(view, "parcels", json_pack("[o]", parcel_of(
	    json_object_get(c, "parcel"))));
	json_object_set(view, "house", json_object_get(c, "house"));
	json_object_set(view, "decision", json_object_get(json_object_get(rec,
	    "decision"), "number") ? json_object_get(rec, "decision") :
	    json_null());
	return view;
}

static void
add_change(struct lr_hoso_b *b, xmlNodePtr g, const json_t *c, long i)
{
	xmlNodePtr e = xmlNewChild(g, NULL, BAD_CAST "DC_BienDong", NULL);

	lr_hoso_at(b, "certificate.changes", i);
	lr_hoso_date(b, e, "ngayBienDong", c, "date", LR_HOSO_OPT);
	lr_hoso_text(b, e, "loaiBienDong", c, "kind", LR_HOSO_OPT);
	lr_hoso_text(b, e, "soQuyetDinh", c, "decision", LR_HOSO_OPT);
	lr_hoso_text(b, e, "maHoSoQuyetDinh", c, "decision_id", LR_HOSO_OPT);
}

void
lr_hoso_certificate(struct lr_hoso_b *b, xmlNodePtr root, const json_t *rec)
{
	const json_t *c = json_object_get(rec, "certificate"), *e;
	xmlNodePtr g;
	size_t i;

	if (!json_is_object(c))
		return;
	g = xmlNewChild(xmlNewChild(root, NULL, BAD_CAST
	    "ThongTinGiayChungNhan", NULL), NULL, BAD_CAST "DC_GiayChungNhan",
	    NULL);
	lr_hoso_ref(g, "giayChungNhanId", "GCN", 0);
	lr_hoso_at(b, "certificate", -1);
	lr_hoso_text(b, g, "soPhatHanh", c, "serial", LR_HOSO_REQ);
	lr_hoso_text(b, g, "soVaoSo", c, "register_number", LR_HOSO_OPT);
	lr_hoso_text(b, g, "coQuanCap", c, "issuer", LR_HOSO_OPT);
	lr_hoso_date(b, g, "ngayCap", c, "date", LR_HOSO_OPT);
	lr_hoso_text(b, g, "mauGiayChungNhan", c, "generation", LR_HOSO_OPT);
	lr_hoso_at(b, "", -1);
	lr_hoso_text(b, g, "banQuet", rec, "source", LR_HOSO_REQ);
	json_array_foreach(json_object_get(c, "changes"), i, e)
		add_change(b, g, e, (long)i);
}

void
lr_hoso_cert_rights(xmlNodePtr root, const json_t *rec)
{
	if (!json_is_object(json_object_get(rec, "certificate")))
		return;
	for (xmlNodePtr box = root->children; box != NULL; box = box->next)
		if (strcmp((const char *)box->name, "ThongTinQuyenSuDungDat") == 0)
			for (xmlNodePtr r = box->children; r != NULL; r = r->next)
				lr_hoso_ref(r, "giayChungNhanId", "GCN", 0);
}
