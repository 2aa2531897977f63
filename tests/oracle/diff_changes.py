"""The change kinds of the diff differential corpus. Each kind is a pair of functions
(prepare, change): prepare(rng, before) gives the random "before" schema what the change needs
(an enum, a relation, an index, ...), change(rng, after) makes the one change. Both edit the
schema in place.
"""
from schema_model import Enum, Field, Model

SPARE_NAMES = ["Profile", "Category", "Session", "Review", "Payment", "Address"]


def pick(rng, items):
    return items[rng.randrange(len(items))]


def new_model_name(s):
    used = {m.name for m in s.models}
    return next(n for n in SPARE_NAMES if n not in used)


def plain(m, types=None):
    """A model's plain scalar columns (not id, not list), optionally of the given types."""
    return [f for f in m.scalars() if f.modifier != "[]" and (types is None or f.type in types)]


def ensure_column(rng, m, name, typ, modifier="", attrs=None):
    if not m.has(name):
        m.fields.append(Field(name, typ, modifier, list(attrs or [])))
    return m.get(name)


def first(s):
    return s.models[0]


def ensure_two(rng, s):
    if len(s.models) < 2:
        s.models.append(Model(new_model_name(s), [Field("id", "Int", "", ["@id", "@default(autoincrement())"]),
                                                  Field("label", "String")]))


# --- tables -----------------------------------------------------------------------------------

def add_table(rng, s):
    name = new_model_name(s)
    m = Model(name, [Field("id", "Int", "", ["@id", "@default(autoincrement())"]),
                     Field("title", "String"), Field("createdAt", "DateTime", "", ["@default(now())"])])
    if rng.random() < 0.5:
        m.fields[0] = Field("id", "String", "", ["@id", "@default(uuid())"])
    s.models.append(m)


def drop_table(rng, s):
    ensure_two(rng, s)


def drop_table_change(rng, s):
    s.models.pop()


def map_table(rng, s):
    m = pick(rng, s.models)
    m.block = [b for b in m.block if not b.startswith("@@map")] + ['@@map("%s")' % (m.name.lower() + "s")]


def remap_table_prepare(rng, s):
    first(s).block.append('@@map("%s")' % first(s).name.lower())


def remap_table(rng, s):
    m = first(s)
    m.block = [b for b in m.block if not b.startswith("@@map")] + ['@@map("%s_v2")' % m.name.lower()]


# --- columns ----------------------------------------------------------------------------------

def add_column_optional(rng, s):
    pick(rng, s.models).fields.append(Field("extra", pick(rng, ["String", "Int", "Boolean", "DateTime", "Json"]), "?"))


def add_column_required(rng, s):
    pick(rng, s.models).fields.append(Field("extra", pick(rng, ["String", "Int", "BigInt", "Float"])))


def add_column_default(rng, s):
    typ, default = pick(rng, [("String", '"none"'), ("Int", "0"), ("Boolean", "false"), ("Float", "1.5"),
                              ("DateTime", "now()"), ("BigInt", "42")])
    pick(rng, s.models).fields.append(Field("extra", typ, "", ["@default(%s)" % default]))


def add_column_list(rng, s):
    pick(rng, s.models).fields.append(Field("tags", pick(rng, ["String", "Int"]), "[]"))


def drop_column(rng, s):
    m = pick(rng, s.models)
    m.fields.remove(pick(rng, m.scalars()))


def map_column(rng, s):
    m = pick(rng, s.models)
    f = pick(rng, m.scalars())
    f.drop_attr("@map")
    f.attrs.append('@map("%s_col")' % f.name.lower())


# --- types ------------------------------------------------------------------------------------

def typed(name, typ, attrs=None):
    def prepare(rng, s):
        ensure_column(rng, first(s), name, typ, "", attrs)
    return prepare


def retype(name, typ, attrs):
    def change(rng, s):
        f = first(s).get(name)
        f.type = typ
        f.attrs = [a for a in f.attrs if not a.startswith("@db.") and not a.startswith("@default")] + list(attrs)
    return change


# --- nullability and defaults -----------------------------------------------------------------

def make_optional_prepare(rng, s):
    ensure_column(rng, first(s), "label", "String")


def make_optional(rng, s):
    pick(rng, [f for f in plain(first(s)) if f.modifier == ""] or [first(s).get("label")]).modifier = "?"


def make_required_prepare(rng, s):
    ensure_column(rng, first(s), "nick", "String", "?")


def make_required(rng, s):
    first(s).get("nick").modifier = ""


def default_add_prepare(rng, s):
    ensure_column(rng, first(s), "rank", "Int")


def default_add(rng, s):
    first(s).get("rank").attrs.append("@default(%d)" % rng.randint(0, 9))


def default_change_prepare(rng, s):
    ensure_column(rng, first(s), "state", "String", "", ['@default("new")'])


def default_change(rng, s):
    f = first(s).get("state")
    f.drop_attr("@default")
    f.attrs.append(pick(rng, ['@default("old")', '@default("")', "@default(dbgenerated(\"'x'::text\"))"]))


def default_drop(rng, s):
    f = first(s).get("state")
    f.drop_attr("@default")


def autoincrement_drop(rng, s):
    first(s).get("id").drop_attr("@default")


def autoincrement_add_prepare(rng, s):
    first(s).get("id").drop_attr("@default")


def autoincrement_add(rng, s):
    first(s).get("id").attrs.append("@default(autoincrement())")


def bigint_autoincrement(rng, s):
    first(s).get("id").type = "BigInt"


# --- keys and indexes -------------------------------------------------------------------------

def id_to_uuid(rng, s):
    f = first(s).get("id")
    f.type = "String"
    f.attrs = ["@id", pick(rng, ["@default(uuid())", "@default(cuid())", "@db.Uuid"])]
    if f.attrs[1] == "@db.Uuid":
        f.attrs.append('@default(dbgenerated("gen_random_uuid()"))')


def compound_id_prepare(rng, s):
    m = first(s)
    ensure_column(rng, m, "slug", "String")


def compound_id(rng, s):
    m = first(s)
    m.get("id").attrs = []
    m.block.append(pick(rng, ["@@id([id, slug])", '@@id([slug, id], map: "%s_pk")' % m.name.lower(),
                              "@@id(fields: [id, slug])"]))


def compound_id_drop_prepare(rng, s):
    compound_id_prepare(rng, s)
    compound_id(rng, s)


def compound_id_drop(rng, s):
    m = first(s)
    m.block = [b for b in m.block if not b.startswith("@@id")]
    m.get("id").attrs = ["@id"]


def unique_add(rng, s):
    m = first(s)
    f = ensure_column(rng, m, "email", "String")
    f.attrs.append(pick(rng, ["@unique", '@unique(map: "%s_email_uq")' % m.name.lower(), "@unique(sort: Desc)"]))


def unique_drop_prepare(rng, s):
    ensure_column(rng, first(s), "email", "String", "", ["@unique"])


def unique_drop(rng, s):
    first(s).get("email").drop_attr("@unique")


def compound_unique_prepare(rng, s):
    m = first(s)
    ensure_column(rng, m, "a", "String")
    ensure_column(rng, m, "b", "Int")


def compound_unique(rng, s):
    first(s).block.append(pick(rng, ["@@unique([a, b])", "@@unique([b, a], name: \"ab\")",
                                     '@@unique([a(sort: Desc), b], map: "a_b_unique")']))


def index_prepare(rng, s):
    m = first(s)
    ensure_column(rng, m, "a", "String")
    ensure_column(rng, m, "b", "Int")
    ensure_column(rng, m, "doc", "Json", "?")
    ensure_column(rng, m, "words", "String", "[]")


def index_with(*forms):
    def change(rng, s):
        first(s).block.append(pick(rng, list(forms)))
    return change


def index_drop_prepare(rng, s):
    index_prepare(rng, s)
    first(s).block.append(pick(rng, ["@@index([a])", "@@index([a, b])", "@@index([b(sort: Desc)])"]))


def index_drop(rng, s):
    first(s).block = [b for b in first(s).block if not b.startswith("@@index")]


def index_change(rng, s):
    m = first(s)
    m.block = [b for b in m.block if not b.startswith("@@index")]
    m.block.append(pick(rng, ["@@index([a], type: Hash)", "@@index([b, a])", '@@index([a], map: "renamed_idx")']))


# --- relations --------------------------------------------------------------------------------

def relation_1n(rng, s, actions=""):
    ensure_two(rng, s)
    parent, child = s.models[0], s.models[1]
    optional = "?" if rng.random() < 0.5 else ""
    child.fields.append(Field("ownerId", "Int", optional))
    child.fields.append(Field("owner", parent.name, optional,
                              ["@relation(fields: [ownerId], references: [id]%s)" % actions]))
    parent.fields.append(Field(child.name.lower() + "s", child.name, "[]"))


def relation_1n_add(rng, s):
    relation_1n(rng, s)


def relation_1n_prepare(rng, s):
    relation_1n(rng, s)


def relation_1n_drop(rng, s):
    parent, child = s.models[0], s.models[1]
    child.fields = [f for f in child.fields if f.name not in ("ownerId", "owner")]
    parent.fields = [f for f in parent.fields if f.type != child.name]


def relation_actions(rng, s):
    child = s.models[1]
    f = child.get("owner")
    on_delete = pick(rng, ["Cascade", "Restrict", "NoAction", "SetNull"])
    on_update = pick(rng, ["Cascade", "Restrict", "NoAction", "SetNull"])
    if child.get("ownerId").modifier == "" and "SetNull" in (on_delete, on_update):
        child.get("ownerId").modifier = "?"
        f.modifier = "?"
    f.attrs = ["@relation(fields: [ownerId], references: [id], onDelete: %s, onUpdate: %s)" % (on_delete, on_update)]


def relation_11_add(rng, s):
    ensure_two(rng, s)
    parent, child = s.models[0], s.models[1]
    child.fields.append(Field("ownerId", "Int", "", ["@unique"]))
    child.fields.append(Field("owner", parent.name, "", ["@relation(fields: [ownerId], references: [id])"]))
    parent.fields.append(Field(child.name.lower(), child.name, "?"))


def relation_self(rng, s):
    m = first(s)
    m.fields.append(Field("parentId", "Int", "?"))
    m.fields.append(Field("parent", m.name, "?", ['@relation("tree", fields: [parentId], references: [id])']))
    m.fields.append(Field("children", m.name, "[]", ['@relation("tree")']))


def relation_mn(rng, s):
    ensure_two(rng, s)
    a, b = s.models[0], s.models[1]
    a.fields.append(Field(b.name.lower() + "s", b.name, "[]"))
    b.fields.append(Field(a.name.lower() + "s", a.name, "[]"))


def relation_mn_drop(rng, s):
    a, b = s.models[0], s.models[1]
    a.fields = [f for f in a.fields if f.type != b.name]
    b.fields = [f for f in b.fields if f.type != a.name]


def relation_mn_named_prepare(rng, s):
    ensure_two(rng, s)


def relation_mn_named(rng, s):
    a, b = s.models[0], s.models[1]
    a.fields.append(Field("links", b.name, "[]", ['@relation("Links")']))
    b.fields.append(Field("linked", a.name, "[]", ['@relation("Links")']))


def relation_compound_prepare(rng, s):
    ensure_two(rng, s)
    parent = s.models[0]
    ensure_column(rng, parent, "ka", "String")
    ensure_column(rng, parent, "kb", "Int")
    parent.block.append("@@unique([ka, kb])")


def relation_compound_add(rng, s):
    parent, child = s.models[0], s.models[1]
    optional = pick(rng, ["", "?"])
    child.fields.append(Field("pa", "String", optional))
    child.fields.append(Field("pb", "Int", optional))
    child.fields.append(Field("pair", parent.name, optional,
                              ["@relation(fields: [pa, pb], references: [ka, kb], onDelete: Cascade)"]))
    parent.fields.append(Field(child.name.lower() + "Pairs", child.name, "[]"))


def relation_map_rename(rng, s):
    f = s.models[1].get("owner")
    f.attrs = [a.replace(")", ', map: "%s")' % pick(rng, ["owner_fk", "fk_owner"]), 1) if a.startswith("@relation")
               else a for a in f.attrs]


def unique_map_prepare(rng, s):
    ensure_column(rng, first(s), "handle", "String", "", ["@unique"])


def unique_map_rename(rng, s):
    f = first(s).get("handle")
    f.attrs = ['@unique(map: "%s")' % pick(rng, ["handle_unique", "uq_handle"])]


def default_dbgenerated(rng, s):
    m = pick(rng, s.models)
    m.fields.append(pick(rng, [Field("token", "String", "", ['@default(dbgenerated("gen_random_uuid()"))', "@db.Uuid"]),
                               Field("stamp", "DateTime", "", ['@default(dbgenerated("now()"))']),
                               Field("serial", "Int", "", ['@default(dbgenerated("42"))'])]))


def updated_at_add(rng, s):
    pick(rng, s.models).fields.append(Field("updatedAt", "DateTime", pick(rng, ["", "?"]), ["@updatedAt"]))


def column_reorder(rng, s):
    m = pick(rng, s.models)
    head, rest = m.fields[:1], m.fields[1:]
    rng.shuffle(rest)
    m.fields = head + rest


# --- enums ------------------------------------------------------------------------------------

def enum_create(rng, s):
    s.enums.append(Enum("Status", ["ACTIVE", "INACTIVE", "BANNED"][: rng.randint(1, 3)]))
    f = Field("status", "Status", pick(rng, ["", "?"]))
    if f.modifier == "":
        f.attrs.append("@default(ACTIVE)")
    first(s).fields.append(f)


def enum_prepare(rng, s):
    s.enums.append(Enum("Role", ["USER", "ADMIN", "OWNER"]))
    first(s).fields.append(Field("role", "Role", "", ["@default(USER)"]))


def enum_add_value(rng, s):
    s.enums[0].values.insert(rng.randint(0, 3), pick(rng, ["GUEST", "EDITOR"]))


def enum_remove_value(rng, s):
    s.enums[0].values.remove(pick(rng, ["ADMIN", "OWNER"]))


def enum_drop(rng, s):
    s.enums.clear()
    first(s).fields = [f for f in first(s).fields if f.type != "Role"]


def enum_map(rng, s):
    s.enums[0].block.append('@@map("%s")' % pick(rng, ["role_kind", "roles"]))


def enum_value_map(rng, s):
    s.enums[0].values[1] = 'ADMIN @map("admin")'


def enum_list_column(rng, s):
    first(s).fields.append(Field("roles", "Role", "[]"))


def enum_default_change(rng, s):
    f = first(s).get("role")
    f.drop_attr("@default")
    f.attrs.append(pick(rng, ["@default(ADMIN)", "@default(OWNER)"]))


# --- multi-schema -----------------------------------------------------------------------------

def multi_prepare(rng, s):
    s.schemas = ["public", "billing"]
    for m in s.models:
        m.block.append('@@schema("public")')


def multi_move(rng, s):
    m = first(s)
    m.block = [b for b in m.block if not b.startswith("@@schema")] + ['@@schema("billing")']


def multi_add_table(rng, s):
    add_table(rng, s)
    s.models[-1].block.append('@@schema("billing")')


def multi_add_schema(rng, s):
    s.schemas.append("audit")
    add_table(rng, s)
    s.models[-1].block.append('@@schema("audit")')


def multi_enum(rng, s):
    s.enums.append(Enum("Plan", ["FREE", "PRO"], ['@@schema("billing")']))
    first(s).fields.append(Field("plan", "Plan", "?"))


# --- ignore -----------------------------------------------------------------------------------

def ignore_field(rng, s):
    m = pick(rng, s.models)
    pick(rng, m.scalars()).attrs.append("@ignore")


def ignore_model(rng, s):
    pick(rng, s.models).block.append("@@ignore")


def unignore_prepare(rng, s):
    first(s).block.append("@@ignore")


def unignore(rng, s):
    first(s).block.remove("@@ignore")


# --- from empty -------------------------------------------------------------------------------

def empty_with_everything(rng, s):
    relation_1n(rng, s, ", onDelete: Cascade")
    enum_create(rng, s)
    index_prepare(rng, s)
    first(s).block.append("@@index([a, b])")


def nothing(rng, s):
    pass


KINDS = {
    "add_table": (None, add_table),
    "drop_table": (drop_table, drop_table_change),
    "map_table": (None, map_table),
    "remap_table": (remap_table_prepare, remap_table),
    "add_column_optional": (None, add_column_optional),
    "add_column_required": (None, add_column_required),
    "add_column_default": (None, add_column_default),
    "add_column_list": (None, add_column_list),
    "drop_column": (None, drop_column),
    "map_column": (None, map_column),
    "widen_int_bigint": (typed("qty", "Int"), retype("qty", "BigInt", [])),
    "widen_varchar": (typed("code2", "String", ["@db.VarChar(20)"]), retype("code2", "String", ["@db.VarChar(200)"])),
    "widen_varchar_text": (typed("code2", "String", ["@db.VarChar(20)"]), retype("code2", "String", [])),
    "widen_real_double": (typed("ratio", "Float", ["@db.Real"]), retype("ratio", "Float", [])),
    "narrow_bigint_int": (typed("qty", "BigInt"), retype("qty", "Int", [])),
    "narrow_text_varchar": (typed("code2", "String"), retype("code2", "String", ["@db.VarChar(10)"])),
    "narrow_decimal": (typed("cost", "Decimal", ["@db.Decimal(12, 4)"]), retype("cost", "Decimal", ["@db.Decimal(8, 2)"])),
    "cast_int_string": (typed("qty", "Int"), retype("qty", "String", [])),
    "cast_string_int": (typed("qty", "String"), retype("qty", "Int", [])),
    "cast_bool_int": (typed("flag", "Boolean"), retype("flag", "Int", [])),
    "cast_timestamp_tz": (typed("at", "DateTime"), retype("at", "DateTime", ["@db.Timestamptz(6)"])),
    "cast_json_jsonb": (typed("doc", "Json"), retype("doc", "Json", ["@db.Json"])),
    "native_uuid": (typed("ref", "String"), retype("ref", "String", ["@db.Uuid"])),
    "native_char": (typed("ref", "String", ["@db.Char(4)"]), retype("ref", "String", ["@db.Char(8)"])),
    "native_date_time": (typed("at", "DateTime", ["@db.Date"]), retype("at", "DateTime", ["@db.Time(3)"])),
    "native_inet_citext": (typed("addr", "String"), retype("addr", "String", ["@db.Inet"])),
    "native_money_bit": (typed("bits", "String", ["@db.Bit(8)"]), retype("bits", "String", ["@db.VarBit(16)"])),
    "make_optional": (make_optional_prepare, make_optional),
    "make_required": (make_required_prepare, make_required),
    "default_add": (default_add_prepare, default_add),
    "default_change": (default_change_prepare, default_change),
    "default_drop": (default_change_prepare, default_drop),
    "autoincrement_drop": (None, autoincrement_drop),
    "autoincrement_add": (autoincrement_add_prepare, autoincrement_add),
    "autoincrement_bigint": (None, bigint_autoincrement),
    "id_to_uuid": (None, id_to_uuid),
    "compound_id_add": (compound_id_prepare, compound_id),
    "compound_id_drop": (compound_id_drop_prepare, compound_id_drop),
    "unique_add": (None, unique_add),
    "unique_drop": (unique_drop_prepare, unique_drop),
    "compound_unique_add": (compound_unique_prepare, compound_unique),
    "index_add": (index_prepare, index_with("@@index([a])", "@@index([a, b])", '@@index([b], map: "b_lookup")')),
    "index_sort": (index_prepare, index_with("@@index([a(sort: Desc)])", "@@index([a(sort: Asc), b(sort: Desc)])")),
    "index_hash": (index_prepare, index_with("@@index([a], type: Hash)", "@@index([b], type: Hash)")),
    "index_gin": (index_prepare, index_with("@@index([doc], type: Gin)", "@@index([words], type: Gin)",
                                            "@@index([doc(ops: JsonbPathOps)], type: Gin)")),
    "index_brin_gist": (index_prepare, index_with("@@index([b], type: Brin)", "@@index([a], type: SpGist)",
                                                  "@@index([b(ops: Int4MinMaxOps)], type: Brin)")),
    "index_ops": (index_prepare, index_with("@@index([a(ops: raw(\"text_pattern_ops\"))])",
                                            "@@index([a(ops: TextMinMaxOps)], type: Brin)")),
    "index_drop": (index_drop_prepare, index_drop),
    "index_change": (index_drop_prepare, index_change),
    "relation_1n_add": (None, relation_1n_add),
    "relation_1n_drop": (relation_1n_prepare, relation_1n_drop),
    "relation_actions": (relation_1n_prepare, relation_actions),
    "relation_11_add": (None, relation_11_add),
    "relation_self": (None, relation_self),
    "relation_mn_add": (None, relation_mn),
    "relation_mn_drop": (relation_mn, relation_mn_drop),
    "relation_mn_named": (relation_mn_named_prepare, relation_mn_named),
    "relation_compound_add": (relation_compound_prepare, relation_compound_add),
    "relation_map_rename": (relation_1n_prepare, relation_map_rename),
    "unique_map_rename": (unique_map_prepare, unique_map_rename),
    "default_dbgenerated": (None, default_dbgenerated),
    "updated_at_add": (None, updated_at_add),
    "column_reorder": (None, column_reorder),
    "enum_create": (None, enum_create),
    "enum_add_value": (enum_prepare, enum_add_value),
    "enum_remove_value": (enum_prepare, enum_remove_value),
    "enum_drop": (enum_prepare, enum_drop),
    "enum_map": (enum_prepare, enum_map),
    "enum_value_map": (enum_prepare, enum_value_map),
    "enum_list_column": (enum_prepare, enum_list_column),
    "enum_default_change": (enum_prepare, enum_default_change),
    "multischema_move": (multi_prepare, multi_move),
    "multischema_add_table": (multi_prepare, multi_add_table),
    "multischema_add_schema": (multi_prepare, multi_add_schema),
    "multischema_enum": (multi_prepare, multi_enum),
    "ignore_field": (None, ignore_field),
    "ignore_model": (None, ignore_model),
    "unignore_model": (unignore_prepare, unignore),
    "empty_random": (None, nothing),
    "empty_everything": (None, empty_with_everything),
    "empty_multischema": (multi_prepare, multi_add_table),
}
