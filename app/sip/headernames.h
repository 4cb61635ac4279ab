#pragma once

#include <QByteArrayView>

namespace sipref {

// The header fields the parser and the checks know by name. Anything else is an extension
// header: kept, shown, never an error (RFC 3261 §8.2.2).
enum class HeaderId : unsigned char {
    Unknown,
    Accept, AcceptContact, AcceptEncoding, AcceptLanguage, AcceptResourcePriority, AlertInfo, AlertMsgError,
    Allow, AllowEvents, AuthenticationInfo, Authorization, CallId, CallInfo, Contact, ContentDisposition,
    ContentEncoding, ContentLanguage, ContentLength, ContentType, CSeq, Date, ErrorInfo, Event, Expires,
    From, Identity, IdentityInfo, InReplyTo, InfoPackage, MaxBreadth, MaxForwards, MimeVersion, MinExpires,
    MinSE, Organization, PAssertedIdentity, PPreferredIdentity, PermissionMissing, Priority, Privacy,
    ProxyAuthenticate, ProxyAuthorization, ProxyRequire, RAck, Reason, RecordRoute, RecvInfo, ReferTo,
    ReferredBy, RejectContact, Replaces, ReplyTo, RequestDisposition, Require, RetryAfter, Route, RSeq,
    SecurityClient, SecurityServer, SecurityVerify, Server, SessionExpires, SipETag, SipIfMatch, Subject,
    SubscriptionState, Supported, Timestamp, To, Unsupported, UserAgent, Via, Warning, WwwAuthenticate,
    Count
};

// Case-insensitive; compact forms (v, i, m, ...) map to their header. Unknown names give Unknown.
HeaderId headerIdFromName(QByteArrayView name);
// The canonical spelling ("Call-ID", "WWW-Authenticate"); "" for Unknown.
const char *canonicalHeaderName(HeaderId id);
// The compact letter of a header, or 0.
char compactForm(HeaderId id);

} // namespace sipref
