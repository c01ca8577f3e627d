/* Unit tests of the HoSoXml builder, the schema wrapper and xmlunits. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <libxml/xpath.h>

#include "xml/xml.h"
#include "text/text.h"

static lr_schema *schema;

static const char base[] =
    "{\"id\":\"T1\",\"source\":\"s/T1.tif\",\"decision\":{\"number\":\"1/QĐ\","
    "\"date\":\"2016-01-16\",\"kind\":\"giao-dat\"},\"owners\":[{\"name\":"
    "\"Lò Văn A\",\"birth_year\":1970,\"gender\":\"M\"}],\"parcels\":[{\"sheet\":"
    "\"16\",\"number\":7,\"area\":12.50,\"land_use\":\"ONT\",\"commune_code\":"
    "\"03202\",\"holder\":null}]}";

static const char *
top(void)
{
	const char *t = getenv("LANDREC_TOP");

	return t != NULL ? t : ".";
}

static int
setup(void **state)
{
	char path[4096];
	lr_err err;

	(void)state;
	snprintf(path, sizeof(path), "%s/schemas/hoso.xsd", top());
	schema = lr_schema_load(path, &err);
	return schema == NULL;
}

static int
teardown(void **state)
{
	(void)state;
	lr_schema_free(schema);
	return 0;
}

/* Build base with one key of one part replaced by the JSON value v. */
static xmlDocPtr
build(const char *part, const char *key, const char *v, json_t *reasons)
{
	json_t *rec = json_loads(base, 0, NULL), *o = rec;
	lr_hoso *h = lr_hoso_new(schema, NULL, 0);
	xmlDocPtr doc;

	if (part != NULL)
		o = json_object_get(rec, part);
	if (json_is_array(o))
		o = json_array_get(o, 0);
	if (key != NULL)
		json_object_set_new(o, key, json_loads(v, JSON_DECODE_ANY, NULL));
	doc = lr_hoso_build(h, rec, reasons);
	lr_hoso_free(h);
	json_decref(rec);
	return doc;
}

/* The first node at xpath in doc. */
static xmlNodePtr
node(xmlDocPtr doc, const char *xpath)
{
	xmlXPathContextPtr c = xmlXPathNewContext(doc);
	xmlXPathObjectPtr r = xmlXPathEvalExpression(BAD_CAST xpath, c);
	xmlNodePtr n = r && r->nodesetval && r->nodesetval->nodeNr ?
	    r->nodesetval->nodeTab[0] : NULL;

	xmlXPathFreeObject(r);
	xmlXPathFreeContext(c);
	return n;
}

/* The text of the first node at xpath in doc (a static buffer). */
static const char *
text(xmlDocPtr doc, const char *xpath)
{
	static char buf[256];
	xmlNodePtr n = node(doc, xpath);
	xmlChar *s = n != NULL ? xmlNodeGetContent(n) : NULL;

	snprintf(buf, sizeof(buf), "%s", s ? (char *)s : "(none)");
	xmlFree(s);
	return buf;
}

static void
valid_record(void **state)
{
	json_t *reasons = json_array();
	xmlDocPtr doc = build(NULL, NULL, NULL, reasons);

	(void)state;
	assert_non_null(doc);
	assert_int_equal(lr_schema_validate(schema, doc, reasons), 0);
	assert_string_equal(text(doc, "//ngayQuyetDinh"), "16/01/2016");
	assert_string_equal(text(doc, "//DC_ThuaDat/dienTich"), "12.5");
	assert_string_equal(text(doc, "//soThuTuThua"), "7");
	assert_string_equal(text(doc, "//chuId"), "CN1");
	assert_string_equal(text(doc, "//maSoDinhDanh"), "(none)");
	assert_string_equal(text(doc, "//hoTen"), "Lò Văn A");
	xmlFreeDoc(doc);
	json_decref(reasons);
}

/* Replacing part.key by v refuses the record with exactly reason why. */
static void
refused(const char *part, const char *key, const char *v, const char *why)
{
	json_t *reasons = json_array();
	xmlDocPtr doc = build(part, key, v, reasons);

	assert_null(doc);
	assert_int_equal(json_array_size(reasons), 1);
	assert_string_equal(json_string_value(json_array_get(reasons, 0)), why);
	json_decref(reasons);
}

static void
reasons(void **state)
{
	(void)state;
	refused("parcels", "area", "null", "parcels[0].area: missing");
	refused("parcels", "area", "-3", "parcels[0].area: not a positive number");
	refused("parcels", "sheet", "\"16a\"", "parcels[0].sheet: not a whole number");
	refused("parcels", "land_use", "\"ABC\"",
	    "parcels[0].land_use: unknown code 'ABC' (not in MaMucDichSuDung)");
	refused("decision", "date", "\"2023-02-29\"",
	    "decision.date: '2023-02-29' is not a date (yyyy-mm-dd)");
	refused("owners", "name", "\"A\\u001fB\"",
	    "owners[0].name: control character or invalid UTF-8");
	refused("decision", "date", "\"2016-1-16\"",
	    "decision.date: '2016-1-16' is not a date (yyyy-mm-dd)");
	refused("decision", "date", "\"2016-01-16 \"",
	    "decision.date: '2016-01-16 ' is not a date (yyyy-mm-dd)");
	refused("decision", "date", "\"2016-13-01\"",
	    "decision.date: '2016-13-01' is not a date (yyyy-mm-dd)");
	refused("decision", "date", "\"+201-01-16\"",
	    "decision.date: '+201-01-16' is not a date (yyyy-mm-dd)");
	refused("owners", "birth_year", "null", "owners[0].birth_year: missing");
	refused("owners", "gender", "\"X\"", "owners[0].gender: 'X' is neither M nor F");
	refused(NULL, "parcels", "[]", "parcels: none");
	refused("parcels", "holder", "1", "parcels[0].holder: not the index of an owner");
}

static void
leap_day(void **state)
{
	json_t *reasons = json_array();
	xmlDocPtr doc;

	(void)state;
	doc = build("owners", "birth_date", "\"2000-02-29\"", reasons);
	assert_non_null(doc);
	assert_string_equal(text(doc, "//ngaySinh"), "29/02/2000");
	xmlFreeDoc(doc);
	json_decref(reasons);
}

/* The C identity check and the whole XSD agree on doc (0 valid, -1 not),
 * and the lean XSD alone accepts it. */
static int
ids_agree(xmlDocPtr doc)
{
	lr_schema_validator *lean = lr_schema_validator_new(schema, 1);
	json_t *reasons = json_array();
	int c = lr_hoso_check_ids(doc, reasons);

	assert_int_equal(lr_schema_validator_run(lean, doc, NULL), 0);
	assert_int_equal(lr_schema_validate(schema, doc, NULL), c);
	assert_int_equal(json_array_size(reasons) > 0, c != 0);
	lr_schema_validator_free(lean);
	json_decref(reasons);
	return c;
}

static void
identity(void **state)
{
	json_t *reasons = json_array();
	xmlDocPtr doc = build(NULL, NULL, NULL, reasons);
	xmlNodePtr cn = node(doc, "//DC_CaNhan");

	(void)state;
	assert_true(lr_hoso_covers(lr_schema_identity(schema)));
	assert_false(lr_hoso_covers("khoaCaNhan"));
	assert_int_equal(ids_agree(doc), 0);
	xmlNodeSetContent(node(doc, "//chuId"), BAD_CAST "HGD1");
	assert_int_equal(ids_agree(doc), -1);
	xmlNodeSetContent(node(doc, "//chuId"), BAD_CAST "CN1");
	xmlNodeSetContent(node(doc, "//DC_QuyenSuDungDat/thuaDatId"),
	    BAD_CAST "TD2");
	assert_int_equal(ids_agree(doc), -1);
	xmlNodeSetContent(node(doc, "//DC_QuyenSuDungDat/thuaDatId"),
	    BAD_CAST "TD1");
	xmlAddNextSibling(cn, xmlCopyNode(cn, 1));
	assert_int_equal(ids_agree(doc), -1);
	xmlFreeDoc(doc);
	json_decref(reasons);
}

static void
codes(void **state)
{
	(void)state;
	assert_true(lr_schema_has_code(schema, "MaMucDichSuDung", "BHK"));
	assert_true(lr_schema_has_code(schema, "MaMucDichSuDung", "HNK"));
	assert_false(lr_schema_has_code(schema, "MaMucDichSuDung", "bhk"));
	assert_true(lr_schema_has_code(schema, "MaNguonGoc", "DT-THN"));
	assert_false(lr_schema_has_code(schema, "NoSuchType", "X"));
}

static void
units_map(void **state)
{
	char path[4096];
	const char *out[4];
	lr_units *u = lr_units_new();
	lr_err err;

	(void)state;
	snprintf(path, sizeof(path), "%s/data/commune-map.csv",
	    top());
	assert_int_equal(lr_units_load_map(u, path, &err), 0);
	assert_int_equal(lr_units_current(u, "03201", out, 4), 1);
	assert_string_equal(out[0], "03172");
	assert_int_equal(lr_units_current(u, "99999", out, 4), 0);
	assert_true(lr_units_current(u, "00007", out, 4) > 1);
	lr_units_free(u);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(valid_record),
		cmocka_unit_test(reasons),
		cmocka_unit_test(leap_day),
		cmocka_unit_test(codes),
		cmocka_unit_test(identity),
		cmocka_unit_test(units_map),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, setup, teardown);
}
