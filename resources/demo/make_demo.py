#!/usr/bin/env python3
"""Builds demo.strata.json from the real inputs in ../shared/data: the Avro schema files of the
Confluent microservices example, and the Chinook and Pagila PostgreSQL schemas. Each input
becomes version 1.0.0 of a type; later versions apply a few plausible evolutions (renames with
aliases, promotions, added fields with defaults, enum symbol changes) so that every view of the
console has something to show. Run: make_demo.py SHARED_DIR > demo.strata.json"""

import copy
import json
import re
import sys
from pathlib import Path

AVRO_PRIMITIVES = {"long": "int64", "int": "int32", "string": "string", "double": "float64",
                   "float": "float32", "boolean": "bool", "bytes": "bytes"}


def avro_types(path):
    """Named Avro types of one .avsc file, with named references resolved inline."""
    named = {}
    for item in json.loads(path.read_text()):
        named[item["name"]] = item
    return named


def avro_field_type(t, named):
    if isinstance(t, str) and t in AVRO_PRIMITIVES:
        return AVRO_PRIMITIVES[t]
    item = named[t] if isinstance(t, str) else t
    if item["type"] == "record":
        return {"kind": "ref", "target": item["name"], "version": "1.0.0"}
    if item["type"] == "enum":
        return {"kind": "enum", "name": item["name"], "namespace": item.get("namespace", ""),
                "symbols": list(item["symbols"])}
    raise ValueError(f"unsupported avro type {t}")


def avro_version(named, name):
    record = named[name]
    fields = []
    for f in record["fields"]:
        field = {"name": f["name"], "type": avro_field_type(f["type"], named),
                 "nullable": False}
        if "default" in f:
            field["default"] = f["default"]
        fields.append(field)
    return {"version": "1.0.0", "doc": f"Imported from the Avro record {record['namespace']}."
            f"{name}.", "fields": fields, "constraints": []}


def pg_type(text):
    t = text.lower().strip()
    if t.startswith(("int", "integer", "smallint", "public.year")):
        return "int32"
    if t.startswith(("varchar", "text", "tsvector", "character varying")):
        return "string"
    m = re.match(r"numeric\((\d+),\s*(\d+)\)", t)
    if m:
        return f"decimal({m.group(1)},{m.group(2)})"
    if t.startswith("timestamp with time zone"):
        return "timestamptz"
    if t.startswith("timestamp"):
        return "timestamp"
    if t.startswith("date"):
        return "date"
    if t.startswith("boolean"):
        return "bool"
    raise ValueError(f"unsupported PostgreSQL type {text}")


COLUMN = re.compile(r"^\s*([a-z_]+)\s+(.+?)(?:,)?$")


def pg_table(sql, table, enums):
    """Fields and primary key of one CREATE TABLE statement."""
    m = re.search(r"CREATE TABLE (?:public\.)?" + table + r"\s*\((.*?)\n\)", sql, re.S)
    body = m.group(1)
    fields, pkey = [], []
    for line in body.splitlines():
        line = line.strip().rstrip(",")
        if not line:
            continue
        pk = re.search(r"PRIMARY KEY\s*\(([^)]*)\)", line)
        if pk:
            pkey = [c.strip() for c in pk.group(1).split(",")]
            continue
        col = COLUMN.match(line)
        name, rest = col.group(1), col.group(2)
        type_text = re.split(r"\s+(?:DEFAULT|NOT NULL)", rest)[0]
        field = {"name": name, "nullable": "NOT NULL" not in rest}
        enum = next((e for e in enums if type_text == "public." + e), None)
        if enum:
            field["type"] = {"kind": "enum", "name": enum, "symbols": list(enums[enum])}
        elif type_text.endswith("[]"):
            field["type"] = {"kind": "array", "items": pg_type(type_text[:-2])}
        else:
            field["type"] = pg_type(type_text)
        varchar = re.match(r"(?:varchar|character varying)\((\d+)\)", type_text.lower())
        if varchar:  # the native type, as introspection records it
            field["doc"] = f"pg.type: character varying({varchar.group(1)})"
        default = re.search(r"DEFAULT ('?[\w.-]+'?)(?:::[\w.]+)?\s", rest + " ")
        if default and "nextval" not in rest and "now()" not in rest and "CURRENT" not in rest:
            value = default.group(1)
            if value.startswith("'"):
                field["default"] = value.strip("'")
            elif value in ("true", "false"):
                field["default"] = value == "true"
            elif field["type"] == "int32":
                field["default"] = int(value)
            else:
                field["default"] = value
        fields.append(field)
    constraints = ([{"kind": "primary_key", "name": f"{table}_pkey", "columns": pkey}]
                   if pkey else [])
    return fields, constraints


def evolve(previous, version, doc, change):
    nxt = copy.deepcopy(previous)
    nxt["version"], nxt["doc"] = version, doc
    change(nxt)
    return nxt


def field(v, name):
    return next(f for f in v["fields"] if f["name"] == name)


def rename(v, old, new):
    f = field(v, old)
    f["name"], f["aliases"] = new, f.get("aliases", []) + [old]
    for c in v["constraints"]:
        c["columns"] = [new if col == old else col for col in c["columns"]]


def drop(v, name):
    v["fields"] = [f for f in v["fields"] if f["name"] != name]


def fk(table, columns, ref_type, ref_columns):
    """A foreign key named as PostgreSQL names it; ref_type is a type, which a store maps to its
    table."""
    return {"kind": "foreign_key", "name": f"{table}_{'_'.join(columns)}_fkey", "columns": columns,
            "references": {"type": ref_type, "columns": ref_columns}}


def avro_types_section(data):
    customer = avro_types(data / "avro" / "customer.avsc")
    order = avro_types(data / "avro" / "order.avsc")
    enriched = avro_types(data / "avro" / "orderenriched.avsc")

    c1 = avro_version(customer, "Customer")
    c11 = evolve(c1, "1.1.0", "Adds an optional phone number and loyalty points.", lambda v: (
        v["fields"].append({"name": "phone", "type": "string", "nullable": True,
                            "default": None}),
        v["fields"].append({"name": "loyaltyPoints", "type": "int32", "nullable": False,
                            "default": 0})))
    c12 = evolve(c11, "1.2.0", "Promotes loyaltyPoints to int64.",
                 lambda v: field(v, "loyaltyPoints").update(type="int64"))
    c2 = evolve(c12, "2.0.0", "Renames address to postalAddress, keeping the old name as alias.",
                lambda v: rename(v, "address", "postalAddress"))

    o1 = avro_version(order, "Order")
    o11 = evolve(o1, "1.1.0", "Sells socks: adds the SOCKS product symbol.",
                 lambda v: field(v, "product")["type"]["symbols"].append("SOCKS"))
    o12 = evolve(o11, "1.2.0", "Promotes quantity to int64 and adds a currency with default.",
                 lambda v: (field(v, "quantity").update(type="int64"),
                            v["fields"].append({"name": "currency", "type": "string",
                                                "nullable": False, "default": "EUR"})))

    ov1 = avro_version(order, "OrderValue")
    ov11 = evolve(ov1, "1.1.0", "Follows the latest Order version.",
                  lambda v: field(v, "order").update(type={"kind": "ref", "target": "Order"}))

    e1 = avro_version(enriched, "OrderEnriched")
    e11 = evolve(e1, "1.1.0", "Turns customerLevel into an enum (breaks old string data).",
                 lambda v: field(v, "customerLevel").update(
                     type={"kind": "enum", "name": "CustomerLevel",
                           "symbols": ["bronze", "silver", "gold", "platinum"]}))
    return [
        {"name": "Customer", "policy": "BACKWARD", "versions": [c1, c11, c12, c2],
         "doc": "Customer record of the order microservices (Kafka, Avro)."},
        {"name": "Order", "policy": "BACKWARD", "versions": [o1, o11, o12],
         "doc": "Order events of the order microservices (Kafka, Avro)."},
        {"name": "OrderEnriched", "policy": "BACKWARD", "versions": [e1, e11],
         "doc": "Orders joined with their customer's level."},
        {"name": "OrderValue", "policy": "FULL", "versions": [ov1, ov11],
         "doc": "An order with its computed value."},
    ]


def chinook_section(data):
    sql = (data / "postgres" / "chinook.sql").read_text()
    versions = {}
    for table in ["customer", "invoice", "invoice_line", "track"]:
        fields, constraints = pg_table(sql, table, {})
        versions[table] = {"version": "1.0.0", "doc": f"Chinook table {table}.",
                           "fields": fields, "constraints": constraints}
    versions["invoice"]["constraints"].append(
        fk("invoice", ["customer_id"], "ChinookCustomer", ["customer_id"]))
    versions["invoice_line"]["constraints"] += [
        fk("invoice_line", ["invoice_id"], "Invoice", ["invoice_id"]),
        fk("invoice_line", ["track_id"], "Track", ["track_id"])]

    cu = versions["customer"]
    cu11 = evolve(cu, "1.1.0", "Drops the fax column.", lambda v: drop(v, "fax"))
    inv = versions["invoice"]
    inv11 = evolve(inv, "1.1.0", "Adds a currency column with default USD.",
                   lambda v: v["fields"].append({"name": "currency", "type": "string",
                                                 "nullable": False, "default": "USD"}))
    inv2 = evolve(inv11, "2.0.0", "Renames billing_postal_code to billing_zip.",
                  lambda v: rename(v, "billing_postal_code", "billing_zip"))
    il = versions["invoice_line"]
    il11 = evolve(il, "1.1.0", "Promotes quantity to int64.",
                  lambda v: field(v, "quantity").update(type="int64"))
    tr = versions["track"]
    tr11 = evolve(tr, "1.1.0", "Promotes bytes and milliseconds to int64.",
                  lambda v: (field(v, "bytes").update(type="int64"),
                             field(v, "milliseconds").update(type="int64")))
    tr2 = evolve(tr11, "2.0.0", "Narrows unit_price to float32 for the streaming API.",
                 lambda v: field(v, "unit_price").update(type="float32"))
    return [
        {"name": "ChinookCustomer", "policy": "BACKWARD", "versions": [cu, cu11],
         "doc": "Chinook music store customers (PostgreSQL)."},
        {"name": "Invoice", "policy": "BACKWARD_TRANSITIVE", "versions": [inv, inv11, inv2],
         "doc": "Chinook invoices (PostgreSQL)."},
        {"name": "InvoiceLine", "policy": "BACKWARD", "versions": [il, il11],
         "doc": "Chinook invoice lines (PostgreSQL)."},
        {"name": "Track", "policy": "FULL", "versions": [tr, tr11, tr2],
         "doc": "Chinook tracks (PostgreSQL)."},
    ]


def pagila_section(data):
    sql = (data / "postgres" / "pagila-schema.sql").read_text()
    enum_sql = re.search(r"CREATE TYPE public\.mpaa_rating AS ENUM \((.*?)\);", sql, re.S)
    enums = {"mpaa_rating": re.findall(r"'([^']+)'", enum_sql.group(1))}
    versions = {}
    for table in ["customer", "film", "payment", "rental"]:
        fields, constraints = pg_table(sql, table, enums)
        if not constraints:
            constraints = [{"kind": "primary_key", "columns": [fields[0]["name"]]}]
        versions[table] = {"version": "1.0.0", "doc": f"Pagila table public.{table}.",
                           "fields": fields, "constraints": constraints}
    versions["rental"]["constraints"].append(
        fk("rental", ["customer_id"], "PagilaCustomer", ["customer_id"]))
    versions["payment"]["constraints"] += [
        fk("payment", ["customer_id"], "PagilaCustomer", ["customer_id"]),
        fk("payment", ["rental_id"], "Rental", ["rental_id"])]

    cu = versions["customer"]
    cu11 = evolve(cu, "1.1.0", "Replaces the integer active flag by is_active (alias).",
                  lambda v: (drop(v, "active"), rename(v, "activebool", "is_active")))
    fi = versions["film"]
    fi11 = evolve(fi, "1.1.0", "Adds the NR rating and makes it the enum default.",
                  lambda v: field(v, "rating")["type"].update(
                      symbols=field(v, "rating")["type"]["symbols"] + ["NR"], default="NR"))
    fi2 = evolve(fi11, "2.0.0", "Widens rental_rate to numeric(5,2); drops fulltext.",
                 lambda v: (field(v, "rental_rate").update(type="decimal(5,2)"),
                            drop(v, "fulltext")))
    pa = versions["payment"]
    pa11 = evolve(pa, "1.1.0", "Adds payment_method with default card.",
                  lambda v: v["fields"].append({
                      "name": "payment_method", "nullable": False, "default": "card",
                      "type": {"kind": "enum", "name": "payment_method",
                               "symbols": ["cash", "card", "voucher"]}}))
    re_ = versions["rental"]
    re11 = evolve(re_, "1.1.0", "Renames return_date to returned_at (alias kept).",
                  lambda v: rename(v, "return_date", "returned_at"))
    # keeps only the newest alias: each step reads its predecessor, 1.2.0 cannot read 1.0.0
    re12 = evolve(re11, "1.2.0", "Renames returned_at to returned_on (alias returned_at).",
                  lambda v: (rename(v, "returned_at", "returned_on"),
                             field(v, "returned_on").update(aliases=["returned_at"])))
    return [
        {"name": "Film", "policy": "BACKWARD", "versions": [fi, fi11, fi2],
         "doc": "Pagila films (PostgreSQL, indexed in Elasticsearch)."},
        {"name": "PagilaCustomer", "policy": "BACKWARD", "versions": [cu, cu11],
         "doc": "Pagila DVD rental customers (PostgreSQL)."},
        {"name": "Payment", "policy": "BACKWARD", "versions": [pa, pa11],
         "doc": "Pagila payments (PostgreSQL, partitioned by month)."},
        {"name": "Rental", "policy": "BACKWARD", "versions": [re_, re11, re12],
         "doc": "Pagila rentals (PostgreSQL, cached in TiKV)."},
    ]


def node(name, role, supports, live=True):
    return {"name": name, "role": role, "live": live,
            "supports": {t: {"min": lo, "max": hi} for t, (lo, hi) in supports.items()}}


def main():
    data = Path(sys.argv[1]) / "data"
    types = avro_types_section(data) + chinook_section(data) + pagila_section(data)
    types.sort(key=lambda t: t["name"])
    workspace = {
        "format": "strata-workspace/1",
        "name": "Strata demo",
        "doc": "Avro order events, the Chinook music store and the Pagila DVD rental schemas, "
               "each with a few evolutions, two application clusters and their stores.",
        "types": types,
        "overrides": [{"version": "OrderEnriched-v1.1.0", "by": "data-platform",
                       "at": "2026-11-02T09:30:00Z",
                       "reason": "All consumers upgraded before the change; topic compacted."}],
        "converters": [],
        "clusters": [
            {"name": "orders", "quorum": 0, "nodes": [
                node("order-api-1", "writer", {"Order": ("1.0.0", "1.1.0"),
                                               "Customer": ("1.0.0", "2.0.0")}),
                node("order-api-2", "writer", {"Order": ("1.0.0", "1.0.0"),
                                               "Customer": ("1.0.0", "1.2.0")}),
                node("enricher-1", "reader", {"Order": ("1.0.0", "1.2.0"),
                                              "OrderEnriched": ("1.0.0", "1.1.0")}),
                node("billing-1", "both", {"Invoice": ("1.0.0", "2.0.0"),
                                           "InvoiceLine": ("1.0.0", "1.1.0")}),
                node("billing-2", "both", {"Invoice": ("1.0.0", "1.1.0"),
                                           "InvoiceLine": ("1.0.0", "1.1.0")}, live=False)]},
            {"name": "rentals", "quorum": 2, "nodes": [
                node("rental-web-1", "both", {"Rental": ("1.0.0", "1.2.0"),
                                              "Film": ("1.0.0", "2.0.0")}),
                node("rental-web-2", "both", {"Rental": ("1.0.0", "1.1.0"),
                                              "Film": ("1.0.0", "1.1.0")}),
                node("reporting-1", "reader", {"Payment": ("1.0.0", "1.1.0"),
                                               "Film": ("1.0.0", "2.0.0")})]},
        ],
        "stores": [
            {"name": "chinook invoices", "kind": "postgres", "object": "public.invoice",
             "holds": "Invoice-v1.1.0", "profile": "local-postgres"},
            {"name": "chinook tracks", "kind": "postgres", "object": "public.track",
             "holds": "Track-v1.0.0", "profile": "local-postgres"},
            {"name": "chinook customers", "kind": "postgres", "object": "public.customer",
             "holds": "ChinookCustomer-v1.0.0", "profile": "local-postgres"},
            {"name": "chinook invoice lines", "kind": "postgres", "object": "public.invoice_line",
             "holds": "InvoiceLine-v1.0.0", "profile": "local-postgres"},
            {"name": "order events", "kind": "kafka", "object": "orders",
             "holds": "Order-v1.1.0", "profile": "local-kafka"},
            {"name": "film search", "kind": "elasticsearch", "object": "films_v2",
             "holds": "Film-v1.1.0", "profile": "local-elasticsearch"},
            {"name": "rental cache", "kind": "tikv", "object": "rental/",
             "holds": "Rental-v1.0.0", "profile": "local-tikv"},
        ],
        "profiles": [
            {"name": "local-postgres", "kind": "postgres", "user": "strata",
             "endpoint": "host=127.0.0.1 port=5432 dbname=chinook", "tls": "disable",
             "secret": "env:PGPASSWORD"},
            {"name": "local-kafka", "kind": "kafka", "endpoint": "127.0.0.1:9092",
             "tls": "disable", "user": "", "secret": ""},
            {"name": "local-elasticsearch", "kind": "elasticsearch",
             "endpoint": "http://127.0.0.1:9200", "tls": "disable", "user": "",
             "secret": ""},
            {"name": "local-tikv", "kind": "tikv", "endpoint": "127.0.0.1:2379",
             "tls": "disable", "user": "", "secret": ""},
        ],
    }
    json.dump(workspace, sys.stdout, indent=2, sort_keys=True, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
