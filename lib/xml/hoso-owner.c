/* The HoSoXml builder: owners (DC_CaNhan), couples and households. */
#include <stdio.h>
#include <string.h>

#include "hoso-int.h"

/* The record's ID document types and their codes in the XSD. */
static const char *const id_types[][2] = {
	{ "cmnd", "CMND" }, { "cccd", "CCCD" }, { "dinh-danh", "DDCN" }
};

/* The XSD code of owner o's ID document: its id_type, or with none the
 * kind its length says (9 digits CMND, 12 CCCD); NULL after saying why. */
static const char *
id_code(struct lr_hoso_b *b, const json_t *o, const char *num)
{
	const char *type = lr_hoso_str(b, o, "id_type");

	if (type == NULL && json_object_get(o, "id_type") != NULL &&
	    !json_is_null(json_object_get(o, "id_type")))
		return NULL;
	if (type == NULL)
		type = strlen(num) == 9 ? "cmnd" : strlen(num) == 12 ? "cccd" : "";
	for (size_t i = 0; i < sizeof(id_types) / sizeof(id_types[0]); i++)
		if (strcmp(type, id_types[i][0]) == 0)
			return id_types[i][1];
	if (*type)
		lr_hoso_why(b, "id_type", "unknown ID document type '%s'", type);
	else
		lr_hoso_why(b, "id_type", "missing");
	return NULL;
}

/* DC_GiayToTuyThan: the ID as printed, with its type. */
static void
add_id_doc(struct lr_hoso_b *b, xmlNodePtr cn, const json_t *o)
{
	const char *num = lr_hoso_str(b, o, "id_number");
	const char *code;
	xmlNodePtr g;

	if (num == NULL || (code = id_code(b, o, num)) == NULL)
		return;
	g = xmlNewChild(cn, NULL, BAD_CAST "DC_GiayToTuyThan", NULL);
	lr_hoso_put(g, "loaiGiayToTuyThan", code);
	lr_hoso_put(g, "soGiayTo", num);
	lr_hoso_date(b, g, "ngayCap", o, "id_issue_date", LR_HOSO_OPT);
	lr_hoso_text(b, g, "noiCap", o, "id_issue_place", LR_HOSO_OPT);
}

/* The births of the first n candidates of match m, "1961-08-22, 1972"
 * (what tells namesakes apart), into buf (size len); "" when the registry
 * gave none of them. */
static void
tied_births(const json_t *m, size_t n, char *buf, size_t len)
{
	const json_t *c = json_object_get(m, "candidates");
	size_t at = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < n && i < json_array_size(c) && at < len; i++) {
		const char *b = json_string_value(json_object_get(
		    json_array_get(c, i), "born"));
		if (b == NULL) {
			buf[0] = '\0';
			return;
		}
		at += (size_t)snprintf(buf + at, len - at, "%s%s",
		    at ? ", " : "", b);
	}
}

/* Why owner o has no birth year, into why (size n): "missing", and what
 * parcel-match said of the owner, whose matched citizen would have given
 * one: a tie between namesakes (with their births, so a clerk knows what
 * to look for on the document), a candidate not sure enough, or no
 * citizen found. */
static void
no_birth_why(const json_t *o, char *why, size_t n)
{
	const json_t *m = json_object_get(o, "match");
	const char *st = json_string_value(json_object_get(m, "status"));
	json_int_t tied = json_integer_value(json_object_get(m, "tied"));
	char births[128], born[160] = "";

	tied_births(m, tied > 1 ? (size_t)tied : 0, births, sizeof(births));
	if (births[0] != '\0')
		snprintf(born, sizeof(born), ", born %s", births);
	if (st != NULL && strcmp(st, "review") == 0 && tied > 1)
		snprintf(why, n, "missing: none read, and %d citizens of "
		    "the registry fit the owner about equally well%s (left for "
		    "review: choose one, or read the birth year off the "
		    "document)", (int)tied, born);
	else if (st != NULL && strcmp(st, "review") == 0)
		snprintf(why, n, "missing: none read, and the registry's "
		    "likeliest citizen is not sure enough to link (left for "
		    "review)");
	else if (st != NULL && strcmp(st, "unmatched") == 0)
		snprintf(why, n, "missing: none read, and no citizen of the "
		    "registry matches the owner");
	else
		snprintf(why, n, "missing");
}

/* ngaySinh, and namSinh (required): birth_year, else the birth date's
 * year; when there is neither, the reason says why the registry gave
 * none. */
static void
add_birth(struct lr_hoso_b *b, xmlNodePtr cn, const json_t *o)
{
	const char *date = json_string_value(json_object_get(o, "birth_date"));
	const json_t *year = json_object_get(o, "birth_year");
	char y[5], why[512];

	lr_hoso_date(b, cn, "ngaySinh", o, "birth_date", LR_HOSO_OPT);
	if ((year == NULL || json_is_null(year)) && date != NULL &&
	    strlen(date) >= 4) {
		memcpy(y, date, 4);
		y[4] = '\0';
		lr_hoso_put(cn, "namSinh", y);
		return;
	}
	if (year == NULL || json_is_null(year)) {
		no_birth_why(o, why, sizeof(why));
		lr_hoso_why(b, "birth_year", "%s", why);
		return;
	}
	lr_hoso_number(b, cn, "namSinh", o, "birth_year", LR_HOSO_REQ | LR_HOSO_WHOLE);
}

/* gioiTinh: 1 male, 0 female. */
static void
add_sex(struct lr_hoso_b *b, xmlNodePtr cn, const json_t *o)
{
	const char *g = lr_hoso_str(b, o, "gender");

	if (g == NULL)
		return;
	if (strcmp(g, "M") == 0 || strcmp(g, "F") == 0)
		lr_hoso_put(cn, "gioiTinh", *g == 'M' ? "1" : "0");
	else
		lr_hoso_why(b, "gender", "'%s' is neither M nor F", g);
}

/* maSoDinhDanh only when parcel-match matched the owner to the registry. */
static void
add_citizen_id(struct lr_hoso_b *b, xmlNodePtr cn, const json_t *o)
{
	const char *st = json_string_value(json_object_get(json_object_get(o,
	    "match"), "status"));

	if (st != NULL && strcmp(st, "matched") == 0)
		lr_hoso_text(b, cn, "maSoDinhDanh", o, "citizen_id", LR_HOSO_OPT);
}

/* DC_CaNhan of owner o, id CN<i+1>; an organisation refuses the record. */
static void
add_person(struct lr_hoso_b *b, xmlNodePtr box, const json_t *o, long i)
{
	xmlNodePtr cn, addr;

	if (json_is_true(json_object_get(o, "organisation"))) {
		lr_hoso_why(b, "organisation", "an organisation holds the land: "
		    "the exchange schema has no place for one");
		return;
	}
	cn = xmlNewChild(box, NULL, BAD_CAST "DC_CaNhan", NULL);
	lr_hoso_ref(cn, "caNhanId", "CN", i);
	lr_hoso_text(b, cn, "hoTen", o, "name", LR_HOSO_REQ);
	add_birth(b, cn, o);
	add_sex(b, cn, o);
	add_citizen_id(b, cn, o);
	lr_hoso_text(b, cn, "diaChi", o, "address", LR_HOSO_OPT);
	if (json_is_string(json_object_get(o, "commune_code"))) {
		addr = xmlNewChild(cn, NULL, BAD_CAST "DC_DiaChi", NULL);
		lr_hoso_commune(b, addr, o, LR_HOSO_OPT);
		lr_hoso_text(b, addr, "diaChiChiTiet", o, "address", LR_HOSO_OPT);
	}
	add_id_doc(b, cn, o);
}

/* 1 when owner o's gender is g ("M" or "F"). */
static int
is(const json_t *o, const char *g)
{
	const char *s = json_string_value(json_object_get(o, "gender"));

	return s != NULL && strcmp(s, g) == 0;
}

/* DC_VoChong of owners i and j (once a couple): the wife and husband by
 * gender; refused when gender cannot tell them apart. */
static void
add_couple(struct lr_hoso_b *b, xmlNodePtr box, const json_t *owners, long i, long j)
{
	const json_t *a = json_array_get(owners, (size_t)i);
	const json_t *c = json_array_get(owners, (size_t)j);
	xmlNodePtr vc;
	long wife;

	if ((is(a, "F") && !is(c, "F")) || (is(c, "M") && !is(a, "M")))
		wife = i;
	else if ((is(c, "F") && !is(a, "F")) || (is(a, "M") && !is(c, "M")))
		wife = j;
	else {
		lr_hoso_why(b, "spouse", "cannot tell wife from husband by gender");
		return;
	}
	vc = xmlNewChild(box, NULL, BAD_CAST "DC_VoChong", NULL);
	lr_hoso_ref(vc, "voId", "CN", wife);
	lr_hoso_ref(vc, "chongId", "CN", wife == i ? j : i);
}

/* Owner j's spouse index as recorded, unchecked (-1: none). */
static long
raw_spouse(const json_t *owners, long j)
{
	const json_t *v = json_object_get(json_array_get(owners, (size_t)j),
	    "spouse");

	return json_is_integer(v) ? (long)json_integer_value(v) : -1;
}

/* The spouse index of owner i, or -1 (refused if it names i itself). */
static long
spouse_of(struct lr_hoso_b *b, const json_t *owners, long i)
{
	long j = lr_hoso_index(b, json_array_get(owners, (size_t)i), "spouse",
	    json_array_size(owners));

	if (j == i) {
		lr_hoso_why(b, "spouse", "names the owner itself");
		return -1;
	}
	return j;
}

/* DC_VoChong for each couple, named from either side. */
static void
add_couples(struct lr_hoso_b *b, xmlNodePtr box, const json_t *owners)
{
	long n = (long)json_array_size(owners), j;

	for (long i = 0; i < n; i++) {
		lr_hoso_at(b, "owners", i);
		if ((j = spouse_of(b, owners, i)) < 0)
			continue;
		if (j > i || raw_spouse(owners, j) != i)
			add_couple(b, box, owners, i, j);
	}
}

/* DC_HoGiaDinh, id HGD<i+1>, for each owner that stands for a household:
 * the owner heads it, the spouse is a member. */
static void
add_households(xmlNodePtr box, const json_t *owners)
{
	const json_t *o;
	xmlNodePtr hh;
	size_t i;
	long j;

	json_array_foreach(owners, i, o) {
		if (!json_is_true(json_object_get(o, "household")))
			continue;
		hh = xmlNewChild(box, NULL, BAD_CAST "DC_HoGiaDinh", NULL);
		lr_hoso_ref(hh, "hoGiaDinhId", "HGD", (long)i);
		lr_hoso_ref(hh, "chuHoId", "CN", (long)i);
		j = raw_spouse(owners, (long)i);
		if (j >= 0 && j != (long)i && (size_t)j < json_array_size(owners))
			lr_hoso_ref(hh, "thanhVienId", "CN", j);
	}
}

void
lr_hoso_owners(struct lr_hoso_b *b, xmlNodePtr root, const json_t *owners)
{
	xmlNodePtr box = lr_hoso_each(b, root, "ThongTinChu", "owners", owners,
	    add_person);

	add_couples(b, box, owners);
	add_households(box, owners);
}
