// Stand-ins for the GSSAPI (Kerberos) and LDAP functions libpq calls, compiled only when libpq
// is linked statically (QDB_STATIC_LIBPQ).
//
// Why: loading the shared GSSAPI and LDAP libraries with every start of qdb costs more than
// everything else qdb does before it connects (they pull in Kerberos, GnuTLS, SASL and a dozen
// more). libpq needs them only for Kerberos authentication, GSSAPI encryption and `ldap://`
// service lookups, which few connections use. Each function below opens the real library the
// first time it is called and forwards to it, so those features work exactly as with a shared
// libpq; a machine without the library gets the error libpq reports when such a call fails.
//
// The prototypes are those of RFC 2744 (GSSAPI C bindings) and OpenLDAP's ldap.h, written out
// here so the build needs neither library's headers. All opaque handles are pointers.

#include <dlfcn.h>
#include <sys/time.h>

#include <cstdint>
#include <cstring>
#include <mutex>

#ifndef QDB_GSSAPI_SONAME
#error "QDB_GSSAPI_SONAME must name the shared GSSAPI library (set by CMakeLists.txt)"
#endif
#ifndef QDB_LDAP_SONAME
#error "QDB_LDAP_SONAME must name the shared LDAP library (set by CMakeLists.txt)"
#endif

namespace {

/// A shared library opened on first use; `symbol()` is null when the library or the name is
/// missing.
class DeferredLibrary {
 public:
  explicit DeferredLibrary(const char* soname) : soname_(soname) {}

  void* symbol(const char* name) {
    std::call_once(opened_, [this] { handle_ = dlopen(soname_, RTLD_NOW | RTLD_LOCAL); });
    return handle_ ? dlsym(handle_, name) : nullptr;
  }

 private:
  const char* soname_;
  std::once_flag opened_;
  void* handle_ = nullptr;
};

DeferredLibrary& gssapi() {
  static DeferredLibrary library(QDB_GSSAPI_SONAME);
  return library;
}

DeferredLibrary& ldap() {
  static DeferredLibrary library(QDB_LDAP_SONAME);
  return library;
}

/// The real function `name` of `library` as a pointer of type F, looked up once per call site.
template <typename F>
F resolve(DeferredLibrary& library, const char* name) {
  return reinterpret_cast<F>(library.symbol(name));
}

}  // namespace

extern "C" {

// ---- GSSAPI -------------------------------------------------------------------------------

using OM_uint32 = std::uint32_t;
struct gss_buffer_desc_struct {
  std::size_t length;
  void* value;
};
struct gss_OID_desc_struct {
  OM_uint32 length;
  void* elements;
};
using gss_buffer_t = gss_buffer_desc_struct*;
using gss_OID = gss_OID_desc_struct*;
using gss_handle = void*;  // gss_name_t, gss_cred_id_t, gss_ctx_id_t, gss_OID_set, bindings

constexpr OM_uint32 kGssFailure = 13u << 16;  // GSS_S_FAILURE

// The name type libpq passes to gss_import_name. Its value is replaced by the library's own
// object when the call is forwarded; the OID (1.2.840.113554.1.2.1.4) is only for show.
static gss_OID_desc_struct hostbased_service_placeholder = {
    10, const_cast<char*>("\x2a\x86\x48\x86\xf7\x12\x01\x02\x01\x04")};
gss_OID GSS_C_NT_HOSTBASED_SERVICE = &hostbased_service_placeholder;

#define QDB_GSS_FORWARD(name, params, args)                                  \
  OM_uint32 name params {                                                    \
    static const auto real = resolve<OM_uint32(*) params>(gssapi(), #name);  \
    if (!real) {                                                             \
      *minor = 0;                                                            \
      return kGssFailure;                                                    \
    }                                                                        \
    return real args;                                                        \
  }

QDB_GSS_FORWARD(gss_acquire_cred,
                (OM_uint32 * minor, gss_handle desired_name, OM_uint32 time_req, gss_handle mechs,
                 int usage, gss_handle* cred, gss_handle* actual_mechs, OM_uint32* time_rec),
                (minor, desired_name, time_req, mechs, usage, cred, actual_mechs, time_rec))
QDB_GSS_FORWARD(gss_delete_sec_context, (OM_uint32 * minor, gss_handle* context, gss_buffer_t token),
                (minor, context, token))
QDB_GSS_FORWARD(gss_init_sec_context,
                (OM_uint32 * minor, gss_handle cred, gss_handle* context, gss_handle target,
                 gss_OID mech, OM_uint32 req_flags, OM_uint32 time_req, gss_handle bindings,
                 gss_buffer_t input, gss_OID* actual_mech, gss_buffer_t output,
                 OM_uint32* ret_flags, OM_uint32* time_rec),
                (minor, cred, context, target, mech, req_flags, time_req, bindings, input,
                 actual_mech, output, ret_flags, time_rec))
QDB_GSS_FORWARD(gss_release_buffer, (OM_uint32 * minor, gss_buffer_t buffer), (minor, buffer))
QDB_GSS_FORWARD(gss_release_cred, (OM_uint32 * minor, gss_handle* cred), (minor, cred))
QDB_GSS_FORWARD(gss_release_name, (OM_uint32 * minor, gss_handle* name), (minor, name))
QDB_GSS_FORWARD(gss_unwrap,
                (OM_uint32 * minor, gss_handle context, gss_buffer_t input, gss_buffer_t output,
                 int* conf_state, OM_uint32* qop_state),
                (minor, context, input, output, conf_state, qop_state))
QDB_GSS_FORWARD(gss_wrap,
                (OM_uint32 * minor, gss_handle context, int conf_req, OM_uint32 qop,
                 gss_buffer_t input, int* conf_state, gss_buffer_t output),
                (minor, context, conf_req, qop, input, conf_state, output))
QDB_GSS_FORWARD(gss_wrap_size_limit,
                (OM_uint32 * minor, gss_handle context, int conf_req, OM_uint32 qop,
                 OM_uint32 output_size, OM_uint32* max_input_size),
                (minor, context, conf_req, qop, output_size, max_input_size))
#undef QDB_GSS_FORWARD

OM_uint32 gss_import_name(OM_uint32* minor, gss_buffer_t input, gss_OID name_type, gss_handle* output) {
  using Import = OM_uint32 (*)(OM_uint32*, gss_buffer_t, gss_OID, gss_handle*);
  static const auto real = resolve<Import>(gssapi(), "gss_import_name");
  static gss_OID* const real_hostbased = static_cast<gss_OID*>(gssapi().symbol("GSS_C_NT_HOSTBASED_SERVICE"));
  if (!real || !real_hostbased) {
    *minor = 0;
    return kGssFailure;
  }
  return real(minor, input, name_type == &hostbased_service_placeholder ? *real_hostbased : name_type, output);
}

// libpq turns a failed GSSAPI call into a message by calling this in a loop; without the
// library it gets one message saying why.
OM_uint32 gss_display_status(OM_uint32* minor, OM_uint32 status, int status_type, gss_OID mech,
                             OM_uint32* message_context, gss_buffer_t text) {
  using Display = OM_uint32 (*)(OM_uint32*, OM_uint32, int, gss_OID, OM_uint32*, gss_buffer_t);
  static const auto real = resolve<Display>(gssapi(), "gss_display_status");
  if (real) return real(minor, status, status_type, mech, message_context, text);
  static char missing[] = "the GSSAPI library " QDB_GSSAPI_SONAME " could not be loaded";
  *minor = 0;
  *message_context = 0;
  text->length = status_type == 1 ? std::strlen(missing) : 0;  // 1: GSS_C_GSS_CODE
  text->value = status_type == 1 ? missing : nullptr;
  return 0;
}

// ---- LDAP (used only for `ldap://` entries in a connection service file) ---------------------

struct berval;
using ldap_handle = void*;  // LDAP*, LDAPMessage*

#define QDB_LDAP_FORWARD(result, name, params, args, missing)               \
  result name params {                                                      \
    static const auto real = resolve<result(*) params>(ldap(), #name);      \
    return real ? real args : missing;                                      \
  }

// Without the library ldap_init fails, so libpq never reaches the calls that take its handle.
QDB_LDAP_FORWARD(ldap_handle, ldap_init, (const char* host, int port), (host, port), nullptr)
QDB_LDAP_FORWARD(int, ldap_set_option, (ldap_handle ld, int option, const void* value),
                 (ld, option, value), -1)
QDB_LDAP_FORWARD(int, ldap_simple_bind, (ldap_handle ld, const char* who, const char* password),
                 (ld, who, password), -1)
QDB_LDAP_FORWARD(int, ldap_result,
                 (ldap_handle ld, int id, int all, struct timeval* timeout, ldap_handle* result),
                 (ld, id, all, timeout, result), -1)
QDB_LDAP_FORWARD(int, ldap_search_st,
                 (ldap_handle ld, const char* base, int scope, const char* filter, char** attrs,
                  int attrs_only, struct timeval* timeout, ldap_handle* result),
                 (ld, base, scope, filter, attrs, attrs_only, timeout, result), -1)
QDB_LDAP_FORWARD(int, ldap_count_entries, (ldap_handle ld, ldap_handle chain), (ld, chain), -1)
QDB_LDAP_FORWARD(ldap_handle, ldap_first_entry, (ldap_handle ld, ldap_handle chain), (ld, chain),
                 nullptr)
QDB_LDAP_FORWARD(berval**, ldap_get_values_len,
                 (ldap_handle ld, ldap_handle entry, const char* attribute), (ld, entry, attribute),
                 nullptr)
QDB_LDAP_FORWARD(int, ldap_msgfree, (ldap_handle message), (message), -1)
QDB_LDAP_FORWARD(int, ldap_unbind, (ldap_handle ld), (ld), -1)
#undef QDB_LDAP_FORWARD

void ldap_value_free_len(berval** values) {
  using Free = void (*)(berval**);
  static const auto real = resolve<Free>(ldap(), "ldap_value_free_len");
  if (real) real(values);
}

char* ldap_err2string(int error) {
  using Describe = char* (*)(int);
  static const auto real = resolve<Describe>(ldap(), "ldap_err2string");
  static char missing[] = "the LDAP library " QDB_LDAP_SONAME " could not be loaded";
  return real ? real(error) : missing;
}

}  // extern "C"
