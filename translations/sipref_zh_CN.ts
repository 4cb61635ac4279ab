<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Catalog</name>
    <message>
        <source>Provisional</source>
        <comment>class 1 name</comment>
        <translation>临时响应</translation>
    </message>
    <message>
        <source>A 1xx response is provisional: the request was received and is being worked on, and a final response will follow. It stops the retransmission of an INVITE but ends no transaction.</source>
        <comment>class 1 meaning</comment>
        <translation>1xx 响应是临时响应：请求已收到并正在处理，随后还会有最终响应。它会使 INVITE 停止重传，但不会结束任何事务。</translation>
    </message>
    <message>
        <source>A UAC treats an unrecognised provisional response other than 100 as 183 (Session Progress).</source>
        <comment>class 1 treated as</comment>
        <translation>对于无法识别的临时响应（100 除外），UAC 一律按 183（Session Progress）处理。</translation>
    </message>
    <message>
        <source>The call is still being set up; wait for it to ring or fail.</source>
        <comment>class 1 user advice</comment>
        <translation>呼叫仍在建立中，请等待振铃或呼叫失败。</translation>
    </message>
    <message>
        <source>Find out which product sends this code (Server or User-Agent header field) and read its documentation; the call outcome depends on the final response that follows.</source>
        <comment>class 1 engineer advice</comment>
        <translation>查明是哪款产品发出了该状态码（见 Server 或 User-Agent 头域），并查阅其文档；呼叫结果取决于随后的最终响应。</translation>
    </message>
    <message>
        <source>Success</source>
        <comment>class 2 name</comment>
        <translation>成功响应</translation>
    </message>
    <message>
        <source>A 2xx response is final and says the request succeeded.</source>
        <comment>class 2 meaning</comment>
        <translation>2xx 响应是最终响应，表示请求已成功。</translation>
    </message>
    <message>
        <source>A UAC treats an unrecognised 2xx response as 200 (OK).</source>
        <comment>class 2 treated as</comment>
        <translation>对于无法识别的 2xx 响应，UAC 按 200（OK）处理。</translation>
    </message>
    <message>
        <source>The request succeeded.</source>
        <comment>class 2 user advice</comment>
        <translation>请求已成功。</translation>
    </message>
    <message>
        <source>Treat it as 200 OK. If it answers an INVITE, check that the caller sends the ACK and that media starts.</source>
        <comment>class 2 engineer advice</comment>
        <translation>按 200 OK 处理即可。如果它是对 INVITE 的响应，请检查主叫是否发送了 ACK、媒体是否已开始传送。</translation>
    </message>
    <message>
        <source>Redirection</source>
        <comment>class 3 name</comment>
        <translation>重定向响应</translation>
    </message>
    <message>
        <source>A 3xx response is final and says the request should be tried elsewhere, usually at the addresses in its Contact header field.</source>
        <comment>class 3 meaning</comment>
        <translation>3xx 响应是最终响应，表示应到别处重试该请求，通常是其 Contact 头域中给出的地址。</translation>
    </message>
    <message>
        <source>A UAC treats an unrecognised 3xx response as 300 (Multiple Choices).</source>
        <comment>class 3 treated as</comment>
        <translation>对于无法识别的 3xx 响应，UAC 按 300（Multiple Choices）处理。</translation>
    </message>
    <message>
        <source>The call is being sent to another address; if it fails, report the number you dialled.</source>
        <comment>class 3 user advice</comment>
        <translation>呼叫正被转到另一个地址；如果呼叫失败，请报告您所拨打的号码。</translation>
    </message>
    <message>
        <source>Check the Contact header field of the response and whether the caller or its proxy follows redirects.</source>
        <comment>class 3 engineer advice</comment>
        <translation>检查响应中的 Contact 头域，以及主叫或其代理服务器是否会跟随重定向。</translation>
    </message>
    <message>
        <source>Client error</source>
        <comment>class 4 name</comment>
        <translation>客户端错误</translation>
    </message>
    <message>
        <source>A 4xx response is final and says the request failed at this server, usually because of something in the request itself; the same request should not be retried unchanged, but another server may accept it.</source>
        <comment>class 4 meaning</comment>
        <translation>4xx 响应是最终响应，表示请求在该服务器上失败，通常是请求本身有问题；不应原样重试同一请求，但其他服务器可能会接受它。</translation>
    </message>
    <message>
        <source>A UAC treats an unrecognised 4xx response as 400 (Bad Request).</source>
        <comment>class 4 treated as</comment>
        <translation>对于无法识别的 4xx 响应，UAC 按 400（Bad Request）处理。</translation>
    </message>
    <message>
        <source>The call or request was refused; note the code and the time for support.</source>
        <comment>class 4 user advice</comment>
        <translation>呼叫或请求被拒绝；请记下状态码和发生时间，提供给技术支持。</translation>
    </message>
    <message>
        <source>Identify the element that sent it (Via, Server, Warning header fields) and compare the request with what that element expects; vendors use unregistered 4xx codes for their own policy failures.</source>
        <comment>class 4 engineer advice</comment>
        <translation>确定发出该响应的网元（见 Via、Server、Warning 头域），并将请求与该网元的要求进行比对；厂商常用未注册的 4xx 状态码表示其自身策略导致的失败。</translation>
    </message>
    <message>
        <source>Server error</source>
        <comment>class 5 name</comment>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>A 5xx response is final and says the server failed to handle a request that may well be valid; another server may succeed.</source>
        <comment>class 5 meaning</comment>
        <translation>5xx 响应是最终响应，表示服务器未能处理一个很可能有效的请求；换一台服务器可能会成功。</translation>
    </message>
    <message>
        <source>A UAC treats an unrecognised 5xx response as 500 (Server Internal Error).</source>
        <comment>class 5 treated as</comment>
        <translation>对于无法识别的 5xx 响应，UAC 按 500（Server Internal Error）处理。</translation>
    </message>
    <message>
        <source>The service had a problem; try again in a few minutes.</source>
        <comment>class 5 user advice</comment>
        <translation>服务出现故障，请几分钟后再试。</translation>
    </message>
    <message>
        <source>Look at the logs of the element that sent it and at its load; check Retry-After and whether a failover target was tried.</source>
        <comment>class 5 engineer advice</comment>
        <translation>查看发出该响应的网元的日志和负载；检查 Retry-After，以及是否尝试过故障切换的备用目标。</translation>
    </message>
    <message>
        <source>Global failure</source>
        <comment>class 6 name</comment>
        <translation>全局错误</translation>
    </message>
    <message>
        <source>A 6xx response is final and says the request will fail everywhere: a proxy stops trying other branches and no other location should be tried.</source>
        <comment>class 6 meaning</comment>
        <translation>6xx 响应是最终响应，表示该请求在任何地方都会失败：代理服务器停止尝试其他分支，也不应再尝试其他位置。</translation>
    </message>
    <message>
        <source>A UAC treats an unrecognised 6xx response as 600 (Busy Everywhere).</source>
        <comment>class 6 treated as</comment>
        <translation>对于无法识别的 6xx 响应，UAC 按 600（Busy Everywhere）处理。</translation>
    </message>
    <message>
        <source>The called party cannot be reached by any route; do not retry at once.</source>
        <comment>class 6 user advice</comment>
        <translation>任何路由都无法接通被叫方；请勿立即重试。</translation>
    </message>
    <message>
        <source>Find which element generated it; a 6xx from the callee&apos;s device ends forking, so check the callee&apos;s settings first.</source>
        <comment>class 6 engineer advice</comment>
        <translation>查明是哪个网元生成了该响应；来自被叫设备的 6xx 会终止分叉，因此请先检查被叫的设置。</translation>
    </message>
    <message>
        <source>Unregistered %1</source>
        <comment>fallback name, %1 = class name</comment>
        <translation>未注册的%1</translation>
    </message>
    <message>
        <source>%1 is not a registered SIP response code; a user agent handles it as %2.</source>
        <comment>fallback summary, %1 = code, %2 = the code it is treated as</comment>
        <translation>%1 不是已注册的 SIP 状态码；用户代理会将其按 %2 处理。</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry of SIP response codes. %2 RFC 3261 §8.1.3.2 requires every user agent client to understand the x00 code of each class and to handle an unknown code by its class: %3 A reason phrase on the wire does not change this; it is free text for people.</source>
        <comment>fallback explanation, %1 = code, %2 = class meaning, %3 = treated as</comment>
        <translation>%1 不在 IANA 的 SIP 状态码注册表中。%2 RFC 3261 第 8.1.3.2 节要求每个用户代理客户端 (UAC) 都必须能理解每一类的 x00 状态码，并按类别处理未知状态码：%3 线路上携带的原因短语不会改变这一点，它只是供人阅读的自由文本。</translation>
    </message>
    <message>
        <source>IETF (IANA registry)</source>
        <comment>profile name</comment>
        <translation>IETF（IANA 注册表）</translation>
    </message>
    <message>
        <source>GB/T 28181 video platform</source>
        <comment>profile name</comment>
        <translation>GB/T 28181 视频平台</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <comment>profile name</comment>
        <translation>未注册</translation>
    </message>
    <message>
        <source>Trying</source>
        <comment>100 name</comment>
        <translation>正在处理</translation>
    </message>
    <message>
        <source>The next hop has received the request and is working on it; it only stops retransmissions and says nothing about the callee.</source>
        <comment>100 summary</comment>
        <translation>下一跳已收到请求并正在处理；它只用于停止重传，并不说明被叫的任何情况。</translation>
    </message>
    <message>
        <source>100 Trying is a provisional response that only tells the previous hop that the request arrived and is being processed, for example while the server works out where to route it. It is hop-by-hop: each stateful proxy or UAS generates its own 100, and a stateful proxy never forwards a 100 it receives upstream. An INVITE server transaction must send it unless the TU will answer within 200 ms. On receiving it the caller&apos;s client transaction stops retransmitting the INVITE and no longer runs Timer B, so the call waits for a further provisional or final response. A 100 needs no To tag, must copy any Timestamp header field from the request and creates no early dialog. Stateless proxies never send it, and a UAS should not send provisional responses to non-INVITE requests.</source>
        <comment>100 explanation</comment>
        <translation>100 Trying 是临时响应，仅告诉上一跳：请求已收到、正在处理（例如服务器正在查找路由）。它是逐跳的：每个有状态代理服务器或用户代理服务器 (UAS) 各自生成自己的 100，有状态代理服务器收到的 100 绝不会向上游转发。除非事务用户 (TU) 能在 200 ms 内给出响应，INVITE 服务器事务必须发送 100。收到 100 后，主叫的客户端事务停止重传 INVITE，也不再运行定时器 B，呼叫将一直等待后续的临时响应或最终响应。100 无须带 To tag，但必须复制请求中的 Timestamp 头域（如有），且不建立早期对话。无状态代理服务器从不发送 100；对非 INVITE 请求，UAS 不应发送临时响应。</translation>
    </message>
    <message>
        <source>This is a normal progress message: the network has received the call and is working on it. If nothing else follows and the phone you called never rings, the problem lies further along the network, so note the time and the number you called and report them.</source>
        <comment>100 user advice</comment>
        <translation>这是正常的过程提示：网络已收到呼叫并正在处理。如果之后一直没有下文、对方电话也不振铃，说明问题出在后续网络环节，请记下时间和所拨号码并报障。</translation>
    </message>
    <message>
        <source>A 100 from the first hop only proves that this hop received the INVITE; it says nothing about the callee. If the call hangs after 100 with no 18x or final response, follow the INVITE hop by hop in a capture (compare the Via branch values) to find the element that went silent, then check its next-hop routing, DNS SRV results and the firewall or SBC rules for the onward leg. The 100 is usually generated by the transaction layer automatically, so it appears even when the element&apos;s onward routing is broken. Proxies cancel the INVITE branch when Timer C (over 3 minutes) expires.</source>
        <comment>100 engineer advice</comment>
        <translation>第一跳返回 100 只能证明这一跳收到了 INVITE，与被叫状态无关。如果 100 之后既没有 18x 也没有最终响应，请抓包逐跳跟踪 INVITE（对比各 Via branch 值），找出不再响应的网元，再检查它的下一跳路由、DNS SRV 解析结果以及去往下一段的防火墙或 SBC 策略。100 通常由事务层自动生成，即使该网元的后续路由已经故障也照样会发出。代理服务器在定时器 C（大于 3 分钟）超时后会取消该 INVITE 分支。</translation>
    </message>
    <message>
        <source>in-progress acknowledged pending</source>
        <comment>100 keywords</comment>
        <translation>尝试 正在处理 处理中 临时响应 逐跳 重传 100 Trying</translation>
    </message>
    <message>
        <source>Ringing</source>
        <comment>180 name</comment>
        <translation>振铃</translation>
    </message>
    <message>
        <source>The called device is alerting its user: the phone is ringing.</source>
        <comment>180 summary</comment>
        <translation>被叫设备正在提醒用户来电，即电话正在振铃。</translation>
    </message>
    <message>
        <source>180 Ringing is a provisional response sent by the callee&apos;s UAS (or a gateway or B2BUA acting for it) while it alerts the user. Unlike 100 it travels end to end: proxies forward it upstream at once and, when it carries a To tag, it creates an early dialog, so it should carry a Contact header field. On receipt the caller may generate local ringback tone. A 180 may also carry SDP for early media, in which case many phones play the received audio instead of local ringback. Alert-Info may select a distinctive ring. A UAS that rings for a long time must repeat a non-100 provisional response about every minute, because proxies may cancel a transaction after 3 minutes without one (Timer C). 180 is not final: the call still ends with a 2xx, or with 486, 480, 487 and similar.</source>
        <comment>180 explanation</comment>
        <translation>180 Ringing 是临时响应，由被叫的用户代理服务器 (UAS)（或代其工作的网关、背靠背用户代理 (B2BUA)）在提醒用户来电时发送。与 100 不同，它是端到端的：代理服务器收到后立即向上游转发；带 To tag 时会建立早期对话，因此应携带 Contact 头域。主叫收到后可以在本地播放回铃音。180 也可以携带 SDP 用于早期媒体，此时很多话机会播放收到的媒体，而不是本地回铃音。Alert-Info 头域可指定特殊振铃。长时间振铃的 UAS 必须大约每分钟重发一次非 100 的临时响应，因为代理服务器在 3 分钟内收不到这类响应就可能取消事务（定时器 C）。180 不是最终响应：呼叫最终仍以 2xx 或 486、480、487 等响应结束。</translation>
    </message>
    <message>
        <source>The phone you called is ringing. If nobody answers, the call will usually end or go to voicemail after a while.</source>
        <comment>180 user advice</comment>
        <translation>被叫电话正在振铃。如果一直无人接听，呼叫通常会在一段时间后结束或转入语音信箱。</translation>
    </message>
    <message>
        <source>If the caller hears silence instead of ringback after 180, check whether the 180 carried SDP: with SDP the caller&apos;s phone expects early media from the far end, so look for RTP arriving (NAT, SBC media anchoring, firewall pinholes); without SDP the caller&apos;s phone must generate its own ringback. Some PBXs turn 183 into 180 or the reverse (for example Asterisk&apos;s progressinband option in chan_sip or inband_progress in PJSIP), which changes who plays the tone. If ringing stops after about 3 minutes, look for a CANCEL from a proxy whose Timer C expired because the UAS did not repeat its 18x.</source>
        <comment>180 engineer advice</comment>
        <translation>如果收到 180 后主叫听不到回铃音而是静音，先看 180 是否带 SDP：带 SDP 时，主叫话机会等待对端送来的早期媒体，应检查 RTP 是否到达（NAT、SBC 媒体锚定、防火墙端口）；不带 SDP 时，应由主叫话机自己生成回铃音。有些 PBX 会把 183 改成 180 或反之（例如 Asterisk chan_sip 的 progressinband 选项或 PJSIP 的 inband_progress 选项），这会改变由谁放音。如果振铃约 3 分钟后中断，请查找代理服务器因定时器 C 超时而发出的 CANCEL，其原因是 UAS 没有重发 18x。</translation>
    </message>
    <message>
        <source>bell ringtone alert</source>
        <comment>180 keywords</comment>
        <translation>振铃 响铃 回铃 回铃音 来电提醒 早期媒体 180 Ringing</translation>
    </message>
    <message>
        <source>Call is being forwarded</source>
        <comment>181 name</comment>
        <translation>呼叫正在前转</translation>
    </message>
    <message>
        <source>A server reports that the call is being diverted to one or more other destinations.</source>
        <comment>181 summary</comment>
        <translation>服务器报告呼叫正被转到一个或多个其他目的地。</translation>
    </message>
    <message>
        <source>181 is an optional provisional response that lets the caller know the call has been diverted to other destinations, for example by an unconditional, busy or no-answer forwarding service. In practice it is sent by the element that performs the diversion: the callee&apos;s UA, an application server or a B2BUA. A plain proxy cannot send it on its own, since a proxy must not add a To tag to a 1xx response. Like other non-100 provisional responses it is forwarded end to end, may create an early dialog and may carry SDP for an announcement. Details of the diversion, if any, travel in History-Info (RFC 7044) or the older Diversion header field. The caller needs to do nothing except keep waiting for the final response.</source>
        <comment>181 explanation</comment>
        <translation>181 是可选的临时响应，用来让主叫知道呼叫已被转往其他目的地（可能不止一个），例如由无条件、遇忙或无应答前转业务触发。实际上它由执行前转的网元发送：被叫用户代理、应用服务器或背靠背用户代理 (B2BUA)。普通代理服务器不能自行发送 181，因为代理服务器不得在 1xx 响应中添加 To tag。与其他非 100 临时响应一样，它端到端转发，可能建立早期对话，也可能携带用于放音的 SDP。前转的详细信息（如有）放在 History-Info（RFC 7044）或较早的 Diversion 头域中。主叫无须任何操作，只需继续等待最终响应。</translation>
    </message>
    <message>
        <source>The person you called has forwarded their calls, so your call is being passed to another number or to voicemail. Please keep waiting.</source>
        <comment>181 user advice</comment>
        <translation>被叫设置了呼叫前转，您的呼叫正被转到另一个号码或语音信箱，请稍候。</translation>
    </message>
    <message>
        <source>If a forwarded call fails after 181, look at the onward leg: the forwarding target, the caller ID presented on it, and whether the trunk may send forwarded calls. Carriers often reject or rewrite a diverted call whose From or P-Asserted-Identity is not one of the trunk&apos;s numbers unless a Diversion or History-Info header field explains it. Check whether the forwarding was intended (call-forward settings on the phone or PBX). A UA that does not recognise 181 must treat it like 183, so dropping the call on 181 is a fault of that UA.</source>
        <comment>181 engineer advice</comment>
        <translation>如果 181 之后前转呼叫失败，请检查后续呼叫段：前转目标、该段呈现的主叫号码，以及中继是否允许发送前转呼叫。如果前转呼叫的 From 或 P-Asserted-Identity 不属于该中继的号码，又没有 Diversion 或 History-Info 头域加以说明，运营商常会拒绝该呼叫或改写主叫号码。确认前转是否为用户有意设置（话机或 PBX 上的呼叫前转设置）。不认识 181 的用户代理必须把它当作 183 处理，因此收到 181 就挂断属于该用户代理的缺陷。</translation>
    </message>
    <message>
        <source>divert CFU CFB CFNR redirected</source>
        <comment>181 keywords</comment>
        <translation>呼叫前转 呼叫转移 转接 前转 无条件前转 遇忙前转 无应答前转 181</translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>182 name</comment>
        <translation>排队中</translation>
    </message>
    <message>
        <source>The call is being held in a queue until the called party can take it.</source>
        <comment>182 summary</comment>
        <translation>呼叫正在队列中等待，直到被叫能够接听。</translation>
    </message>
    <message>
        <source>182 Queued is a provisional response from a server, typically a call-centre queue, an ACD or an attendant application, that holds the call because the called party cannot take it yet. Once the called party is free, the server completes the call with a final response (normally a 200 after an agent answers). The reason phrase may describe the queue state, such as the number of calls ahead and the expected wait, and the server may send several 182 responses to keep the caller updated. Like 180 it is forwarded end to end, may create an early dialog and may carry SDP for queue music or announcements. Because a queued INVITE can wait a long time, the server must keep sending non-100 provisional responses at least every minute so that proxies do not cancel the transaction.</source>
        <comment>182 explanation</comment>
        <translation>182 Queued 是临时响应，由服务器（通常是呼叫中心队列、ACD 或话务台应用）在被叫暂时无法接听时保持该呼叫而发出。被叫空闲后，服务器会以最终响应结束排队（通常在坐席接听后回 200）。原因短语可以描述排队状态，例如前面还有几个呼叫、预计等待多久，服务器也可以多次发送 182 以向主叫更新排队情况。与 180 一样，它端到端转发，可能建立早期对话，也可能携带用于排队音乐或提示音的 SDP。由于排队中的 INVITE 可能等待很久，服务器必须至少每分钟发送一次非 100 的临时响应，以免代理服务器取消事务。</translation>
    </message>
    <message>
        <source>Your call is waiting in a queue. Stay on the line; you will be connected when someone becomes free.</source>
        <comment>182 user advice</comment>
        <translation>您的呼叫正在排队，请不要挂机，有人空闲时就会为您接通。</translation>
    </message>
    <message>
        <source>Many contact-centre platforms answer with 200 and play queue music instead, so a 182 usually comes from an explicit queue feature; check that the caller&apos;s phone or gateway handles it (a UA must treat any 1xx other than 100 that it does not recognise like 183). If queued calls drop after about 3 minutes, look for a proxy CANCEL caused by Timer C and make the queue send 182 or 183 at least every minute. Also check the INVITE&apos;s Expires header field and the caller&apos;s own no-answer timer, which can end the wait early.</source>
        <comment>182 engineer advice</comment>
        <translation>很多呼叫中心平台会先回 200 再播放排队音乐，所以 182 通常来自明确的排队功能；请确认主叫话机或网关能处理它（用户代理对不认识的非 100 临时响应必须按 183 处理）。如果排队中的呼叫约 3 分钟后断开，请查找因定时器 C 超时而由代理服务器发出的 CANCEL，并让队列至少每分钟发送一次 182 或 183。还要检查 INVITE 的 Expires 头域以及主叫自身的无应答定时器，它们都可能提前结束等待。</translation>
    </message>
    <message>
        <source>position hold-music callcenter operator</source>
        <comment>182 keywords</comment>
        <translation>排队 呼叫排队 队列 等待 坐席 话务台 呼叫中心 话务员 182</translation>
    </message>
    <message>
        <source>Session progress</source>
        <comment>183 name</comment>
        <translation>会话进展</translation>
    </message>
    <message>
        <source>The call is progressing; usually used to open early media such as ringback or announcements from the far end.</source>
        <comment>183 summary</comment>
        <translation>呼叫正在进行中；通常用于建立早期媒体，如对端送来的回铃音或提示音。</translation>
    </message>
    <message>
        <source>183 Session Progress is the general-purpose provisional response for call progress that no other 1xx code describes; details can be carried in the reason phrase, in header fields or in the body. In practice its main use is early media: a PSTN gateway or B2BUA returns 183 with SDP so that ringback tone, announcements or IVR prompts reach the caller before the call is answered. It is forwarded end to end and, with a To tag, creates an early dialog. It is often sent reliably (Require: 100rel with RSeq, acknowledged by PRACK, RFC 3262), which is needed when SDP preconditions are used. A UA must treat any provisional response other than 100 that it does not recognise as 183. It is not a final response and does not mean the call was answered.</source>
        <comment>183 explanation</comment>
        <translation>183 Session Progress 是通用的临时响应，用于报告其他 1xx 响应码无法描述的呼叫进展；具体信息可以放在原因短语、头域或消息体中。实际中它主要用于早期媒体：PSTN 网关或背靠背用户代理 (B2BUA) 返回带 SDP 的 183，让回铃音、提示音或 IVR 语音在应答之前送达主叫。它端到端转发，带 To tag 时建立早期对话。它常以可靠方式发送（Require: 100rel 加 RSeq，由 PRACK 确认，见 RFC 3262），使用 SDP 前提条件 (precondition) 时必须如此。用户代理必须把不认识的非 100 临时响应当作 183 处理。183 不是最终响应，也不表示呼叫已被应答。</translation>
    </message>
    <message>
        <source>The call is being connected. You may hear ringing, a recorded message or tones from the other network; wait for the call to be answered or for the message to finish.</source>
        <comment>183 user advice</comment>
        <translation>呼叫正在接续。您可能会听到回铃音、录音提示或对方网络的信号音；请等待对方应答或提示音播放结束。</translation>
    </message>
    <message>
        <source>One-way or no audio during 183 usually means the early media stream is blocked: compare the SDP connection address and port with the RTP actually received, and check NAT, SBC media handling and firewall rules. If one side requires 100rel and the other does not support it, the call fails with 420 or 421. A UAS that gets no PRACK for a reliable 183 retransmits it and, after 64*T1, should reject the call with a 5xx (RFC 3262). Announcements heard during 183 (for example &apos;number not in service&apos;) often state the real cause, so record them and read the final response and any Reason header field that follows.</source>
        <comment>183 engineer advice</comment>
        <translation>183 期间单通或无声，通常是早期媒体流被阻断：对比 SDP 中的连接地址和端口与实际收到的 RTP，并检查 NAT、SBC 媒体处理和防火墙规则。如果一方要求 100rel 而另一方不支持，呼叫会以 420 或 421 失败。对于可靠发送的 183，UAS 收不到 PRACK 就会重传，64*T1 后应以 5xx 拒绝呼叫（RFC 3262）。183 期间听到的提示音（例如“您拨打的号码是空号”）往往说明了真正的失败原因，请录下来，并查看随后的最终响应及 Reason 头域。</translation>
    </message>
    <message>
        <source>inband pre-answer cut-through</source>
        <comment>183 keywords</comment>
        <translation>会话进展 呼叫进展 早期媒体 彩铃 回铃音 提示音 放音 183</translation>
    </message>
    <message>
        <source>Early dialog terminated</source>
        <comment>199 name</comment>
        <translation>早期对话已终止</translation>
    </message>
    <message>
        <source>One early dialog of a forked call has ended; sent before the final response so that the caller can release its resources.</source>
        <comment>199 summary</comment>
        <translation>分叉呼叫中的某个早期对话已结束；在最终响应之前发送，使主叫可以释放相应资源。</translation>
    </message>
    <message>
        <source>199 is a provisional response defined by RFC 6228. When an INVITE forks, several early dialogs may exist; if one branch fails, a forking proxy normally holds the non-2xx response while other branches continue. With 199 the proxy (or a UAS) tells the caller at once that this early dialog has ended, so the caller can stop its early media and free resources. It may be used only if the INVITE carried the option tag 199 in Supported, and a proxy must not generate it when the request required 100rel. The response must carry the To tag of the terminated early dialog and a Reason header field with the response code that ended it, and should not contain SDP. It is informational only: the final response still follows, and if every 199 is lost nothing else changes.</source>
        <comment>199 explanation</comment>
        <translation>199 是 RFC 6228 定义的临时响应。INVITE 分叉后可能同时存在多个早期对话；某个分支失败时，分叉代理服务器通常会暂存该非 2xx 响应，等待其他分支的结果。利用 199，代理服务器（或 UAS）可以立即告诉主叫这个早期对话已经结束，让主叫停止相应的早期媒体并释放资源。只有 INVITE 的 Supported 头域中带有选项标签 199 时才能使用；请求的 Require 中含 100rel 时，代理服务器不得生成 199。该响应必须带有被终止早期对话的 To tag，以及写明终止原因响应码的 Reason 头域，且不应包含 SDP。它仅供参考：最终响应仍会随后到来，即使所有 199 都丢失，也不会影响其他处理。</translation>
    </message>
    <message>
        <source>Nothing for you to do: one of the devices your call was trying has stopped ringing, and the call continues on the others.</source>
        <comment>199 user advice</comment>
        <translation>您无须任何操作：呼叫同时尝试的某一部终端已停止振铃，呼叫仍在其他终端上继续。</translation>
    </message>
    <message>
        <source>Check that the INVITE lists 199 in Supported; a 199 sent without it, or without a To tag and a Reason header field such as &apos;Reason: SIP;cause=486&apos;, is a fault in the sending proxy or UAS. After a 199 the caller must stop sending and playing media for that early dialog, so if early media from the remaining branches breaks or a dead branch&apos;s announcement keeps playing, check how the caller&apos;s UA or SBC handles 199. UAs that do not know 199 treat it like 183, which is harmless but keeps the dead early dialog until the final response.</source>
        <comment>199 engineer advice</comment>
        <translation>检查 INVITE 的 Supported 中是否列出 199；如果请求没有列出却收到 199，或 199 缺少 To tag 和 Reason 头域（如 Reason: SIP;cause=486），则是发送方代理服务器或 UAS 的问题。收到 199 后主叫必须停止该早期对话的媒体收发，因此如果其余分支的早期媒体中断，或已失败分支的提示音仍在播放，请检查主叫用户代理或 SBC 对 199 的处理。不认识 199 的用户代理会把它当作 183，这没有危害，只是会在最终响应前一直保留已失效的早期对话。</translation>
    </message>
    <message>
        <source>parallel hunt simultaneous sim-ring</source>
        <comment>199 keywords</comment>
        <translation>早期对话终止 早期对话 分叉 并行振铃 同振 群振 199</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>200 name</comment>
        <translation>成功</translation>
    </message>
    <message>
        <source>The request succeeded; for an INVITE it means the call was answered.</source>
        <comment>200 summary</comment>
        <translation>请求成功；对 INVITE 而言表示呼叫已被应答。</translation>
    </message>
    <message>
        <source>200 OK is the final success response; what it carries depends on the method. For INVITE it means the callee answered: it establishes the dialog, must contain a Contact header field, normally carries the SDP answer (or the offer, if the INVITE had none) and should list Allow and Supported. The UAS retransmits it until the ACK arrives, the caller must ACK every 2xx, and proxies forward every 2xx at once, so a forked INVITE can produce several 200s, each a separate dialog. For REGISTER the 200 lists all current bindings in Contact with their expires values; for BYE, CANCEL, OPTIONS and other methods it simply confirms the request. A 200 to CANCEL does not end the call: the INVITE still gets its own final response.</source>
        <comment>200 explanation</comment>
        <translation>200 OK 是表示成功的最终响应，其内容取决于请求方法。对 INVITE，它表示被叫已应答：它建立对话，必须包含 Contact 头域，通常携带 SDP 应答（若 INVITE 未带提议，则携带提议），并应列出 Allow 和 Supported。UAS 会一直重传 200 直到收到 ACK，主叫必须对每个 2xx 发送 ACK，代理服务器会立即转发所有 2xx，因此分叉的 INVITE 可能收到多个 200，每个都是独立的对话。对 REGISTER，200 在 Contact 中列出所有当前绑定及其 expires 值；对 BYE、CANCEL、OPTIONS 等方法，它只是确认请求已完成。对 CANCEL 的 200 并不结束呼叫：INVITE 仍会收到自己的最终响应。</translation>
    </message>
    <message>
        <source>The request worked: for a call, the other side has answered. If you still cannot hear each other, the problem is with the audio path, not with setting up the call.</source>
        <comment>200 user advice</comment>
        <translation>请求已成功：对呼叫来说，对方已经接听。如果仍然听不到对方，问题出在语音通道，而不是呼叫建立。</translation>
    </message>
    <message>
        <source>If calls drop about 32 seconds after the 200 OK, the UAS never received the ACK: check the Contact and Record-Route in the 200 (a private IP behind NAT, a wrong port, a SIP ALG rewriting them) and where the ACK was actually sent. Audio problems after 200 are media issues: compare the c= address, ports and codec in the SDP answer with the RTP in the capture. For REGISTER, compare the expires values in the 200 with the requested ones, since registrars may shorten them.</source>
        <comment>200 engineer advice</comment>
        <translation>如果呼叫在 200 OK 之后约 32 秒断开，说明 UAS 没有收到 ACK：检查 200 中的 Contact 和 Record-Route（NAT 后的私网地址、端口错误、SIP ALG 改写），并查看 ACK 实际发往何处。200 之后的语音问题属于媒体问题：对比 SDP 应答中的 c= 地址、端口和编解码器与抓包中的 RTP。对 REGISTER，请对比 200 中的 expires 值与请求的值，注册服务器可能会缩短有效期。</translation>
    </message>
    <message>
        <source>connected pickup off-hook accepted</source>
        <comment>200 keywords</comment>
        <translation>成功 接通 应答 摘机 通话建立 200 OK</translation>
    </message>
    <message>
        <source>Accepted (deprecated)</source>
        <comment>202 name</comment>
        <translation>已接受（已废弃）</translation>
    </message>
    <message>
        <source>The request was accepted for processing but may not be complete yet; deprecated, and now to be treated exactly like 200.</source>
        <comment>202 summary</comment>
        <translation>请求已被接受处理，但可能尚未完成；该响应码已废弃，现在必须与 200 同等对待。</translation>
    </message>
    <message>
        <source>202 Accepted comes from the SIP events framework of RFC 3265, where it meant that a subscription was accepted but perhaps not yet authorized, and from REFER (RFC 3515), whose recipient had to answer 202 before acting on the referral, for example in a call transfer. RFC 6665 §8.3.1 deprecated it: a 202 to SUBSCRIBE may be absorbed by a forking proxy, and implementations that treated it differently from 200 did not interwork. Elements must treat any received 202 exactly as 200 and must not send it to SUBSCRIBE or NOTIFY; RFC 7647 §5 extends this to REFER, where 200 must be sent instead. It is still common in the field, mostly as the answer to REFER during transfers, and is followed by NOTIFY requests reporting progress.</source>
        <comment>202 explanation</comment>
        <translation>202 Accepted 源自 RFC 3265 的 SIP 事件框架（表示订阅已被接受但可能尚未授权），以及 REFER（RFC 3515）：后者要求接收方在执行转介之前先回 202，例如在呼叫转接中。RFC 6665 §8.3.1 已将其废弃：对 SUBSCRIBE 的 202 可能被分叉代理服务器吸收，而把 202 与 200 区别对待的实现之间无法互通。各网元必须把收到的 202 当作 200 处理，且不得对 SUBSCRIBE 或 NOTIFY 发送 202；RFC 7647 §5 把这一规定扩展到 REFER，要求改发 200。现网中 202 仍很常见，主要是呼叫转接时对 REFER 的应答，随后会有报告进展的 NOTIFY 请求。</translation>
    </message>
    <message>
        <source>This is a normal intermediate step, for example while a call is being transferred. The outcome is reported separately, so wait for the transfer or request to complete.</source>
        <comment>202 user advice</comment>
        <translation>这是正常的中间步骤，例如正在转接呼叫。结果会另行通知，请等待转接或请求完成。</translation>
    </message>
    <message>
        <source>Treat 202 and 200 identically; a client that behaves differently on 202 (for example a phone that aborts a transfer) is not compliant. For a failed transfer, look past the 202 at the NOTIFY requests with Event: refer and their message/sipfrag bodies, which carry the status of the new call (for example SIP/2.0 200 OK or SIP/2.0 486 Busy Here). If no NOTIFY arrives, check routing to the transferor&apos;s Contact and whether the REFER carried Refer-Sub: false (RFC 4488).</source>
        <comment>202 engineer advice</comment>
        <translation>对 202 和 200 应完全一样处理；收到 202 就表现不同的客户端（例如中止转接的话机）不符合规范。转接失败时，不要只看 202，要看随后带 Event: refer 的 NOTIFY 请求及其 message/sipfrag 消息体，其中携带新呼叫的状态（例如 SIP/2.0 200 OK 或 SIP/2.0 486 Busy Here）。如果没有收到 NOTIFY，请检查到转接发起方 Contact 的路由，以及 REFER 是否带有 Refer-Sub: false（RFC 4488）。</translation>
    </message>
    <message>
        <source>blind attended xfer</source>
        <comment>202 keywords</comment>
        <translation>已接受 接受 转接 呼叫转接 盲转 咨询转接 订阅 废弃 202</translation>
    </message>
    <message>
        <source>No notification</source>
        <comment>204 name</comment>
        <translation>无通知</translation>
    </message>
    <message>
        <source>A subscription refresh succeeded, but the notifier will not send a NOTIFY because the state has not changed.</source>
        <comment>204 summary</comment>
        <translation>订阅刷新成功，但由于状态未变，通知方不会发送 NOTIFY。</translation>
    </message>
    <message>
        <source>204 is a success response defined by RFC 5839 for conditional event notification. A subscriber that already holds the current resource state refreshes its subscription with a SUBSCRIBE carrying Suppress-If-Match, set to the entity-tag from the last NOTIFY (its SIP-ETag value). If that tag still matches, the notifier answers 204 and suppresses the NOTIFY that would normally follow every accepted SUBSCRIBE. It is valid only for a SUBSCRIBE sent within an established dialog; outside a dialog the notifier must instead send a NOTIFY with an empty body. Like any 2xx to SUBSCRIBE it must carry an Expires header field, and it extends the subscription. The subscriber keeps the state it has; when the state later changes, normal NOTIFY requests follow.</source>
        <comment>204 explanation</comment>
        <translation>204 是 RFC 5839 为条件事件通知定义的成功响应。已掌握当前资源状态的订阅方在刷新订阅时，在 SUBSCRIBE 中携带 Suppress-If-Match，其值为上一个 NOTIFY 中的实体标签（即 SIP-ETag 值）。如果该标签仍然匹配，通知方回 204，并抑制通常在每个被接受的 SUBSCRIBE 之后都会发送的 NOTIFY。它只对在已建立对话内发送的 SUBSCRIBE 有效；对话外的情况下，通知方必须改为发送消息体为空的 NOTIFY。与对 SUBSCRIBE 的任何 2xx 一样，它必须携带 Expires 头域，并会延长订阅。订阅方保留已有的状态；之后状态变化时，会照常收到 NOTIFY 请求。</translation>
    </message>
    <message>
        <source>Nothing is wrong: your device checked for an update and there was nothing new to report.</source>
        <comment>204 user advice</comment>
        <translation>一切正常：您的设备检查了更新，但没有新的内容需要通知。</translation>
    </message>
    <message>
        <source>If presence or message-waiting indicators go stale after 204 responses, check that the subscriber&apos;s stored entity-tag really matches the notifier&apos;s current state and that the notifier generates a new SIP-ETag whenever the state changes. A 204 to an initial (out-of-dialog) SUBSCRIBE is a protocol error on the notifier side. Compare the Expires value in the 204 with the subscriber&apos;s refresh timer.</source>
        <comment>204 engineer advice</comment>
        <translation>如果收到 204 后在线状态或留言指示不再更新，请检查订阅方保存的实体标签是否确实与通知方的当前状态一致，以及通知方在状态变化时是否生成新的 SIP-ETag。对初始（对话外）SUBSCRIBE 回 204 是通知方的协议错误。请对比 204 中的 Expires 值与订阅方的刷新定时器。</translation>
    </message>
    <message>
        <source>BLF MWI busy-lamp unchanged</source>
        <comment>204 keywords</comment>
        <translation>无通知 条件通知 订阅刷新 状态未变 在线状态 忙灯 BLF MWI 204</translation>
    </message>
    <message>
        <source>Multiple choices</source>
        <comment>300 name</comment>
        <translation>多重选择</translation>
    </message>
    <message>
        <source>The address resolved to several locations; the caller may choose one and send the request there.</source>
        <comment>300 summary</comment>
        <translation>该地址对应多个位置；主叫可以从中选择一个并向其发送请求。</translation>
    </message>
    <message>
        <source>300 is a redirection response: the address in the request maps to several possible locations, and the server cannot or prefers not to proxy the request itself. The choices should be listed in Contact header fields, possibly several, each optionally with a q value for preference. The UAC (or a proxy that recurses on 3xx) may try them automatically or ask the user; RFC 3261 defines no standard selection rule. It builds a new request for each chosen URI with a new Via branch, usually keeping the same To, From and Call-ID, tries them serially or in parallel, and must never put the same URI into its target set twice. A message body describing the choices is allowed, but no format is defined, so in practice only Contact is used.</source>
        <comment>300 explanation</comment>
        <translation>300 是重定向响应：请求中的地址对应多个可选位置，而服务器不能或不愿自行代理该请求。这些选择应列在 Contact 头域中（可以有多个），每个可带 q 值表示优先级。UAC（或对 3xx 进行递归的代理服务器）可以自动尝试，也可以让用户选择；RFC 3261 没有规定标准的选择规则。它为每个选中的 URI 构造新请求并使用新的 Via branch，通常保持相同的 To、From 和 Call-ID，可以串行或并行尝试，且同一个 URI 不得两次加入目标集。响应中允许携带描述这些选择的消息体，但没有定义格式，所以实际上只使用 Contact。</translation>
    </message>
    <message>
        <source>The person you called can be reached at several places. Your phone may try them automatically; if the call fails, try another number you have for them.</source>
        <comment>300 user advice</comment>
        <translation>被叫可以在多个地方接通。您的话机可能会自动逐个尝试；如果呼叫失败，请改拨对方的其他号码。</translation>
    </message>
    <message>
        <source>Check whether the calling device or proxy follows redirects at all: not every phone or trunk does, some follow only the first Contact, and some PBXs need it enabled (for example Asterisk&apos;s PJSIP redirect_method option). Look at the Contact URIs and q values in the capture and test that each is reachable. Loops appear when two servers redirect to each other; the target set must block repeats.</source>
        <comment>300 engineer advice</comment>
        <translation>先确认主叫设备或代理服务器是否跟随重定向：并非所有话机或中继都支持，有的只尝试第一个 Contact，有的 PBX 需要开启该功能（例如 Asterisk PJSIP 的 redirect_method 选项）。抓包查看各 Contact URI 及其 q 值，并逐一测试是否可达。两台服务器互相重定向会形成环路，目标集必须防止重复尝试。</translation>
    </message>
    <message>
        <source>alternatives forward pick</source>
        <comment>300 keywords</comment>
        <translation>多重选择 多个选择 重定向 多个地址 300</translation>
    </message>
    <message>
        <source>Moved permanently</source>
        <comment>301 name</comment>
        <translation>永久移动</translation>
    </message>
    <message>
        <source>The user is no longer at the requested address; retry at the new address in Contact and update stored addresses.</source>
        <comment>301 summary</comment>
        <translation>用户已不在所请求的地址；请按 Contact 中的新地址重试，并更新保存的地址。</translation>
    </message>
    <message>
        <source>301 is a redirection response meaning that the user can no longer be found at the address in the Request-URI. The requesting client should retry the request at the new address given in the Contact header field, and should record that address in its local directories, address books and location caches so that later requests go there directly. It is sent by a redirect server or UAS that knows the permanent new location; a proxy receiving it may recurse on the Contact itself. The retry is a new transaction with a new Via branch, usually keeping To, From and Call-ID. A 301 may also point to the same user with different transport parameters. A redirect server must not redirect to a URI equal to the Request-URI.</source>
        <comment>301 explanation</comment>
        <translation>301 是重定向响应，表示在 Request-URI 中的地址已找不到该用户。请求方应按 Contact 头域给出的新地址重试，并把新地址写入本地目录、通讯录和位置缓存，使以后的请求直接发往那里。发送方是知道用户永久新位置的重定向服务器或 UAS；收到它的代理服务器也可以自行对 Contact 递归。重试是一个新事务，使用新的 Via branch，通常保持 To、From 和 Call-ID 不变。301 也可以指向同一用户，只是换用不同的传输参数。重定向服务器不得重定向到与 Request-URI 相同的 URI。</translation>
    </message>
    <message>
        <source>The number or address you called has changed permanently. Use the new number if your phone shows it, and update your contacts.</source>
        <comment>301 user advice</comment>
        <translation>您拨打的号码或地址已永久变更。如果话机显示了新号码，请改拨新号码并更新联系人。</translation>
    </message>
    <message>
        <source>Check the Contact URI in the 301: if it is empty, unreachable or equal to the original Request-URI, the redirect server is misconfigured. Confirm whether your device follows 3xx at all, and whether the SBC or proxy in front of it strips the Contact or recurses on it. If the caller keeps receiving 301 for the same number, it is not updating its stored address; fix the directory or speed-dial entry instead.</source>
        <comment>301 engineer advice</comment>
        <translation>检查 301 中的 Contact URI：如果为空、不可达或与原 Request-URI 相同，说明重定向服务器配置有误。确认您的设备是否跟随 3xx，以及它前面的 SBC 或代理服务器是否删除了 Contact 或自行递归。如果主叫对同一号码反复收到 301，说明它没有更新保存的地址，应修正目录或快捷拨号条目。</translation>
    </message>
    <message>
        <source>relocated changed-number ported</source>
        <comment>301 keywords</comment>
        <translation>永久移动 永久迁移 号码变更 改号 携号转网 重定向 301</translation>
    </message>
    <message>
        <source>Moved temporarily</source>
        <comment>302 name</comment>
        <translation>临时移动</translation>
    </message>
    <message>
        <source>The user is temporarily reachable at another address given in Contact; retry this request there.</source>
        <comment>302 summary</comment>
        <translation>用户暂时可以在 Contact 给出的另一地址接通；本次请求应改发到该地址。</translation>
    </message>
    <message>
        <source>302 is the most common redirection response. The client should retry the request at the address or addresses in the Contact header field, using each as the new Request-URI. Typical senders are redirect servers, call-forwarding services, and SIP trunks or PBXs that hand routing back to the caller. How long the new address stays valid can be stated in an Expires header field or an expires parameter in Contact; proxies and UAs may cache it for that time, and without one it may be used only for this request and must not be cached. If a cached address fails, the original Request-URI may be tried once more. A proxy that recurses on the 302 removes the contacts it tries from the response; otherwise the 302 goes back to the caller, who builds a new request with a new Via branch.</source>
        <comment>302 explanation</comment>
        <translation>302 是最常见的重定向响应。客户端应按 Contact 头域中的一个或多个地址重试请求，以其作为新的 Request-URI。典型的发送方有重定向服务器、呼叫前转业务，以及把路由选择交还给主叫的 SIP 中继或 PBX。新地址在多长时间内有效，由 Expires 头域或 Contact 中的 expires 参数说明；在此期间代理服务器和用户代理可以缓存该地址，若未给出有效期，则该地址只能用于本次请求，不得缓存。缓存的地址失效时，可以再用原 Request-URI 试一次。对 302 递归的代理服务器会从响应中删除已尝试的 contact；否则 302 会返回主叫，由主叫用新的 Via branch 构造新请求。</translation>
    </message>
    <message>
        <source>Your call is being redirected to another number or device, for example because the person has set call forwarding. If it does not connect, try again later or call their other number.</source>
        <comment>302 user advice</comment>
        <translation>您的呼叫正被重定向到另一个号码或设备，例如对方设置了呼叫前转。如果无法接通，请稍后再试或拨打对方的其他号码。</translation>
    </message>
    <message>
        <source>When a call ends with 302 instead of being redirected, the calling side does not follow redirects: enable 3xx handling on the phone or PBX (for example Asterisk&apos;s PJSIP redirect_method option) or let the proxy recurse. Check the Contact URI for a reachable host, the right transport and a number format the next hop accepts, and watch for loops where two servers redirect to each other. Carriers may reject the redirected INVITE if the caller ID is not authorised on that trunk.</source>
        <comment>302 engineer advice</comment>
        <translation>如果呼叫以 302 结束而没有被重定向，说明主叫侧不跟随重定向：在话机或 PBX 上开启 3xx 处理（例如 Asterisk PJSIP 的 redirect_method 选项），或由代理服务器递归。检查 Contact URI 的主机是否可达、传输方式是否正确、号码格式是否为下一跳所接受，并留意两台服务器互相重定向造成的环路。如果主叫号码未获准在该中继上使用，运营商可能拒绝重定向后的 INVITE。</translation>
    </message>
    <message>
        <source>deflect deflection diverted temporary</source>
        <comment>302 keywords</comment>
        <translation>临时移动 临时重定向 重定向 呼叫前转 呼叫偏转 302</translation>
    </message>
    <message>
        <source>Use proxy</source>
        <comment>305 name</comment>
        <translation>使用代理</translation>
    </message>
    <message>
        <source>The request must be sent again through the proxy given in Contact.</source>
        <comment>305 summary</comment>
        <translation>请求必须经由 Contact 给出的代理服务器重新发送。</translation>
    </message>
    <message>
        <source>305 is a redirection response telling the client to reach the requested resource through a particular proxy, whose URI is in the Contact header field. The client should resend just this one request with that proxy as its first hop, without changing its routing permanently. 305 may be generated only by a UAS, never by a proxy. It is rarely seen in practice. Accepting a proxy address from a response without checking would let an attacker steer signalling through a server of their choice, so a client should follow 305 only when local policy trusts both the sender and the proxy.</source>
        <comment>305 explanation</comment>
        <translation>305 是重定向响应，要求客户端改经某个代理服务器访问所请求的资源，该代理服务器的 URI 放在 Contact 头域中。客户端应只针对这一个请求，把该代理服务器作为第一跳重新发送，而不是永久改变自己的路由。305 只能由 UAS 生成，代理服务器不得生成。它在现网中很少见。不加核实地接受响应中给出的代理地址，会让攻击者把信令引到其指定的服务器，因此只有本地策略同时信任发送方和该代理服务器时，客户端才应照做。</translation>
    </message>
    <message>
        <source>Your call needs to be sent through a different server. This is a network setting; contact your provider if the call fails.</source>
        <comment>305 user advice</comment>
        <translation>您的呼叫需要经由另一台服务器发送。这属于网络设置，如果呼叫失败，请联系您的运营商。</translation>
    </message>
    <message>
        <source>Verify who sent the 305 (Via, Server header field) and whether the proxy URI in Contact is one your network trusts; treat an unexpected 305 from outside your network as suspicious. Do not rely on endpoints acting on 305: if a provider requires a specific proxy, configure it as the outbound proxy instead.</source>
        <comment>305 engineer advice</comment>
        <translation>核实 305 的发送者（Via、Server 头域），以及 Contact 中的代理 URI 是否为本网络所信任；来自本网外的意外 305 应视为可疑。不要指望终端会执行 305：如果运营商要求使用特定代理服务器，请把它配置为出局代理。</translation>
    </message>
    <message>
        <source>route</source>
        <comment>305 keywords</comment>
        <translation>使用代理 代理服务器 出局代理 外呼代理 路由 305</translation>
    </message>
    <message>
        <source>Alternative service</source>
        <comment>380 name</comment>
        <translation>替代服务</translation>
    </message>
    <message>
        <source>The call failed, but alternative services described in the response body are possible.</source>
        <comment>380 summary</comment>
        <translation>呼叫未成功，但响应消息体中描述了可用的替代服务。</translation>
    </message>
    <message>
        <source>380 is a redirection response: the call as requested did not succeed, but the caller could be served in another way. Unlike the other 3xx codes it does not rely on Contact; the alternatives are described in the message body, whose format RFC 3261 does not define. The best-known use is in IMS networks, where under 3GPP TS 24.229 a P-CSCF can answer 380 with a 3GPP XML body telling the phone that the dialled number is an emergency number, so the phone should retry it as an emergency call. A client that does not understand the body treats 380 as a failed call; retrying the same request unchanged will not help.</source>
        <comment>380 explanation</comment>
        <translation>380 是重定向响应：所请求的呼叫没有成功，不过还有其他服务方式可用。与其他 3xx 不同，它不依靠 Contact，而是在消息体中说明可用的替代服务；RFC 3261 并未规定这种消息体的格式。最常见的用法出现在 IMS 网络中：按照 3GPP TS 24.229，P-CSCF 可以回 380 并附带 3GPP XML 消息体，告诉终端所拨号码是紧急号码，应改以紧急呼叫方式重拨。不理解该消息体的客户端会把 380 当作呼叫失败；不作修改地重发同一请求是没有用的。</translation>
    </message>
    <message>
        <source>The network could not complete this call as dialled but offers another way to reach the service. If you dialled an emergency number, your phone normally redials it as an emergency call; if it does not, dial it again.</source>
        <comment>380 user advice</comment>
        <translation>网络无法按所拨方式完成此次呼叫，但提供了其他接通方式。如果您拨打的是紧急号码，话机通常会自动以紧急呼叫方式重拨；如果没有，请再拨一次。</translation>
    </message>
    <message>
        <source>Inspect the message body and its Content-Type: a 3GPP 380 carries an XML body whose alternative-service element has the type emergency, and the handset must then start an emergency call. If calls to local emergency or short numbers fail with 380 on a VoLTE or IMS network, check the phone&apos;s emergency number list and the P-CSCF configuration. Outside IMS, 380 is rare; identify the sending element and consult its documentation for the body format.</source>
        <comment>380 engineer advice</comment>
        <translation>检查消息体及其 Content-Type：3GPP 的 380 携带 XML 消息体，其中 alternative-service 元素的 type 为 emergency，终端随后必须发起紧急呼叫。如果在 VoLTE 或 IMS 网络中拨打本地紧急号码或短号时以 380 失败，请检查话机的紧急号码列表和 P-CSCF 配置。在 IMS 之外 380 很少见，请找出发送它的网元，并查阅其文档了解消息体格式。</translation>
    </message>
    <message>
        <source>SOS 112 911 fallback</source>
        <comment>380 keywords</comment>
        <translation>替代服务 可替代服务 紧急呼叫 紧急号码 IMS VoLTE 380</translation>
    </message>
    <message>
        <source>Bad request</source>
        <comment>400 name</comment>
        <translation>错误请求</translation>
    </message>
    <message>
        <source>The request was malformed, so the receiving element could not parse or understand it.</source>
        <comment>400 summary</comment>
        <translation>请求格式错误，接收方无法解析或理解该请求。</translation>
    </message>
    <message>
        <source>The receiving element could not understand the request because its syntax is malformed. Any hop can send it: a proxy, registrar, gateway, B2BUA or the far-end UAS, so the response does not prove that the callee ever saw the request. It is a final response. RFC 3261 asks the sender to name the defect in the reason phrase, for example Missing Call-ID header field, and a Warning header field may add detail. Typical causes are a missing or duplicated mandatory header field, a CSeq method that differs from the request method, an unparsable URI or SDP, illegal characters, or a UDP datagram whose body is shorter than its Content-Length. Repeating the identical request fails again: the sender must fix the message first.</source>
        <comment>400 explanation</comment>
        <translation>接收方因请求的语法格式错误而无法理解该请求。路径上任何一跳都可能返回此响应：代理服务器、注册服务器、网关、背靠背用户代理（B2BUA）或对端用户代理服务器（UAS），因此收到 400 并不说明被叫曾经收到过该请求。400 是最终响应。RFC 3261 要求发送方在原因短语中具体指出问题，例如 Missing Call-ID header field，Warning 头域也可能给出补充说明。常见原因包括：缺少必选头域或头域重复、CSeq 中的方法与请求方法不一致、URI 或 SDP 无法解析、含有非法字符，以及 UDP 报文中的消息体比 Content-Length 声明的短。原样重发同一请求只会再次失败，发送方必须先修正消息。</translation>
    </message>
    <message>
        <source>The phone or system sent a request that the network could not read, so the call or action failed. Retrying usually gives the same result; note the time and the number you dialled and report them to your support team.</source>
        <comment>400 user advice</comment>
        <translation>话机或系统发出的请求网络无法识别，因此呼叫或操作失败。重试通常结果相同，请记下时间和所拨号码，并告知技术支持人员。</translation>
    </message>
    <message>
        <source>Capture the request together with the 400 and read the reason phrase and any Warning header field first: most stacks name the offending header field there. Find which element answered (its Via, Server or User-Agent) and check the message as that element received it: SIP ALGs in routers, SBC header manipulation rules and B2BUAs often rewrite header fields and break them. Check that Content-Length matches the body, that large INVITEs are not truncated by UDP fragmentation (try TCP), and that display names with non-ASCII or special characters are quoted.</source>
        <comment>400 engineer advice</comment>
        <translation>把请求和 400 响应一起抓下来，先看原因短语和 Warning 头域：多数协议栈会在这里写明出错的头域。根据 Via、Server 或 User-Agent 找出是哪个网元回的 400，并按该网元实际收到的内容检查消息：路由器里的 SIP ALG、SBC 的头域改写规则以及 B2BUA 常常会把头域改坏。检查 Content-Length 是否与消息体一致、较大的 INVITE 是否因 UDP 分片而被截断（可改用 TCP），以及含非 ASCII 或特殊字符的显示名是否加了引号。</translation>
    </message>
    <message>
        <source>garbled corrupt invalid unreadable</source>
        <comment>400 keywords</comment>
        <translation>错误请求 请求错误 格式错误 语法错误 解析失败 非法请求 消息错误</translation>
    </message>
    <message>
        <source>On GB/T 28181 video platforms a 400 usually means that the peer platform does not support the request, for example a control command or query it has not implemented, rather than a pure syntax fault. Capture the exchange and send it to the vendor of the answering platform together with the device and channel IDs involved.</source>
        <comment>400 platform notes</comment>
        <translation>在 GB/T 28181 视频平台上，400 通常表示对端平台不支持该请求，例如其未实现的控制命令或查询，而不单纯是语法问题。请抓包，并将抓包文件连同涉及的设备编码和通道编码一并提供给应答平台的厂家分析。</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <comment>401 name</comment>
        <translation>未授权</translation>
    </message>
    <message>
        <source>The request must be authenticated: the UAS or registrar has sent a challenge and expects a retry with credentials.</source>
        <comment>401 summary</comment>
        <translation>请求需要鉴权：UAS 或注册服务器已下发质询，等待对方携带凭据重新发送。</translation>
    </message>
    <message>
        <source>The user agent server or registrar requires the sender to authenticate before it processes the request; proxies use 407 instead. It is a final response that carries one or more WWW-Authenticate header fields with a Digest challenge (realm, nonce, algorithm, often qop and opaque). The UAC is expected to send the request again with an Authorization header field computed from its username and password for that realm, as a new transaction with the same Call-ID, From and To and a CSeq one higher. A 401 followed by a successful retry is therefore normal, above all for REGISTER. stale=true means that only the nonce expired, so the client retries without asking the user again. A forking proxy merges the challenges of all 401 and 407 branches into one response.</source>
        <comment>401 explanation</comment>
        <translation>用户代理服务器（UAS）或注册服务器要求发送方先通过鉴权，才处理该请求；代理服务器则使用 407。401 是最终响应，携带一个或多个 WWW-Authenticate 头域，内含 Digest 质询（realm、nonce、algorithm，常见的还有 qop 和 opaque）。UAC 应使用该 realm 对应的用户名和密码计算出 Authorization 头域，并作为新事务重新发送请求：Call-ID、From、To 保持不变，CSeq 加一。因此一次 401 之后重试成功属于正常流程，REGISTER 尤其如此。stale=true 表示只是 nonce 过期，客户端无需再次询问用户即可直接重试。分叉代理会把各分支 401 和 407 中的质询合并到同一个响应中。</translation>
    </message>
    <message>
        <source>The service asked your phone to prove who it is, and the username or password was missing or not accepted. Check the account details entered in the phone or app; if they are correct, contact your provider.</source>
        <comment>401 user advice</comment>
        <translation>服务要求您的话机证明身份，但用户名或密码缺失或未被接受。请检查话机或软件中填写的账号信息；如确认无误，请联系运营商。</translation>
    </message>
    <message>
        <source>One 401 per REGISTER or INVITE is the normal challenge; look at the retry. If the retried request is challenged again, compare its Authorization header field with the challenge: username (auth ID, which may differ from the extension), realm, the uri parameter against the Request-URI, and the algorithm (MD5 or SHA-256, RFC 8760). A fresh nonce every time without stale=true points to a wrong password; some servers, FreeSWITCH for example, answer a wrong password with 403 instead of another 401. Also check that no ALG or SBC rewrites the Request-URI between client and server, which breaks the digest.</source>
        <comment>401 engineer advice</comment>
        <translation>每个 REGISTER 或 INVITE 收到一次 401 是正常的质询流程，关键要看重试的那条请求。若重试后仍被质询，请对照质询检查其 Authorization 头域：用户名（鉴权 ID，可能与分机号不同）、realm、uri 参数是否与 Request-URI 一致，以及算法（MD5 或 SHA-256，RFC 8760）。每次都返回新的 nonce 且没有 stale=true，多半是密码错误；部分服务器（例如 FreeSWITCH）对密码错误直接回 403，而不是再回 401。还要确认客户端与服务器之间没有 ALG 或 SBC 改写 Request-URI，否则摘要校验会失败。</translation>
    </message>
    <message>
        <source>login signin unauthorised denied password-rejected</source>
        <comment>401 keywords</comment>
        <translation>鉴权 认证 未授权 鉴权失败 认证失败 注册失败 密码错误 账号错误 登录失败 质询</translation>
    </message>
    <message>
        <source>Payment required</source>
        <comment>402 name</comment>
        <translation>需要付费</translation>
    </message>
    <message>
        <source>Reserved for future use; in practice some providers send it when an account has no credit.</source>
        <comment>402 summary</comment>
        <translation>保留供将来使用；实际中部分运营商在账户余额不足时返回此响应。</translation>
    </message>
    <message>
        <source>RFC 3261 reserves this code for future use and gives it no defined behaviour, so a standard SIP element never needs to send it. Like the other 4xx codes it is a final response. Some carriers, prepaid platforms and billing-aware B2BUAs nevertheless send it when the calling account has no credit, is suspended for non-payment, or the destination is not covered by its tariff. Because the meaning is not standardised, the reason phrase and any Warning header field from the sender are the only reliable description. A client should treat it as an ordinary request failure: retrying the same request will not help until the account situation changes, and there is no automatic retry procedure.</source>
        <comment>402 explanation</comment>
        <translation>RFC 3261 将此状态码保留供将来使用，没有定义任何行为，因此标准 SIP 网元无需发送它。它与其他 4xx 状态码一样是最终响应。但部分运营商、预付费平台和具备计费功能的 B2BUA 会在主叫账户余额不足、因欠费停机或目的号码不在其资费范围内时返回 402。由于其含义没有标准化，只有发送方的原因短语和 Warning 头域能可靠说明原因。客户端应将其视为普通的请求失败：账户状况改变之前重发同一请求没有意义，也没有自动重试流程。</translation>
    </message>
    <message>
        <source>The call was refused for a billing reason, for example no remaining credit or an unpaid account. Check your balance or contact your provider&apos;s billing team.</source>
        <comment>402 user advice</comment>
        <translation>呼叫因计费原因被拒绝，例如余额不足或账户欠费。请查询余额，或联系运营商的计费客服。</translation>
    </message>
    <message>
        <source>Identify who sent the 402 (Via, Server, User-Agent): it is almost always the provider&apos;s billing or rating system, not the callee. Check the account balance, credit limits, per-destination rate tables and whether the dialled number lies in an allowed tariff zone. If your own platform generates it, make sure the reason phrase says why, and consider the more widely understood 403 with a clear reason phrase for phones that display only the code.</source>
        <comment>402 engineer advice</comment>
        <translation>根据 Via、Server、User-Agent 确定是谁发出了 402：几乎总是运营商的计费或批价系统，而不是被叫。检查账户余额、信用额度、按目的地划分的费率表，以及所拨号码是否属于允许的资费区域。如果是自己的平台产生 402，请确保原因短语写明原因；对于只显示状态码的话机，可考虑改用更通用的 403，并配以清晰的原因短语。</translation>
    </message>
    <message>
        <source>money funds top-up recharge arrears debt</source>
        <comment>402 keywords</comment>
        <translation>需要付费 欠费 余额不足 话费 计费 预付费 停机 充值</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <comment>403 name</comment>
        <translation>禁止</translation>
    </message>
    <message>
        <source>The server understood the request but refuses to fulfil it, and authentication will not change that.</source>
        <comment>403 summary</comment>
        <translation>服务器理解该请求但拒绝执行，鉴权也无法改变这一结果。</translation>
    </message>
    <message>
        <source>The element understood the request but refuses to carry it out. Unlike 401 and 407, repeating the request with credentials will not help, and RFC 3261 says the request should not be repeated. It is a final response and may come from a registrar, proxy, B2BUA, gateway or the far-end UAS. The reason is policy, not syntax: the source address is not on an access list, the authenticated user may not use the identity in From, the destination is barred (international or premium numbers), the caller is blacklisted, or the account is disabled. Many servers also send 403 after repeated failed authentication. The reason phrase or a Warning header field often names the rule that fired.</source>
        <comment>403 explanation</comment>
        <translation>网元理解该请求，但拒绝执行。与 401、407 不同，携带凭据重发也无济于事，RFC 3261 规定不应重复该请求。403 是最终响应，可能来自注册服务器、代理服务器、B2BUA、网关或对端 UAS。拒绝原因在于策略而非语法：源地址不在访问控制列表中、已鉴权用户无权使用 From 中的身份、目的号码受限（国际或增值号码）、主叫在黑名单中，或账户已停用。许多服务器在多次鉴权失败后也会回 403。原因短语或 Warning 头域通常会指出触发的是哪条规则。</translation>
    </message>
    <message>
        <source>The service refused this call or action on purpose, for example because the number is barred, your account is restricted or your login was not accepted. Contact your provider and mention the number you tried.</source>
        <comment>403 user advice</comment>
        <translation>服务有意拒绝了这次呼叫或操作，例如号码受限、账户受限或登录未被接受。请联系运营商，并告知所拨号码。</translation>
    </message>
    <message>
        <source>Find the element that sent the 403 and read its reason phrase: Kamailio and OpenSIPS scripts send texts such as Forbidden auth ID when the authentication username does not match the From or To user, or Relay Forbidden when neither party is local. On trunks, check the provider&apos;s IP allow list, the caller ID you present in From or P-Asserted-Identity (many carriers reject numbers you do not own) and the destination restrictions on the account. For REGISTER, a 403 instead of a 401 challenge usually means a wrong password, an unknown user or a source IP blocked by a fail2ban-style filter.</source>
        <comment>403 engineer advice</comment>
        <translation>找出发送 403 的网元并查看其原因短语：Kamailio 和 OpenSIPS 脚本在鉴权用户名与 From 或 To 用户不一致时返回 Forbidden auth ID，在主被叫都不属于本域时返回 Relay Forbidden。对于中继，检查运营商的 IP 白名单、From 或 P-Asserted-Identity 中送出的主叫号码（许多运营商会拒绝不属于您的号码），以及账户的呼叫目的地限制。对于 REGISTER，收到 403 而不是 401 质询，通常意味着密码错误、用户不存在，或源 IP 已被 fail2ban 之类的过滤器封禁。</translation>
    </message>
    <message>
        <source>denied permission rejected ban blacklist disallowed</source>
        <comment>403 keywords</comment>
        <translation>禁止 拒绝 被拒绝 无权限 黑名单 呼叫限制 封禁 禁止呼叫</translation>
    </message>
    <message>
        <source>On GB/T 28181 platforms a 403 most often means that the device, the upper or lower platform, or the media server involved is offline. Before looking at permissions, check the registration and keep-alive (heartbeat) status of the device and the platform, and whether the media server is running and registered.</source>
        <comment>403 platform notes</comment>
        <translation>在 GB/T 28181 平台上，403 最常见的原因是相关的设备、上级或下级平台，或媒体服务器离线。在排查权限之前，请先检查设备和平台的注册状态与心跳保活状态，以及媒体服务器是否正常运行并已注册。</translation>
    </message>
    <message>
        <source>Not found</source>
        <comment>404 name</comment>
        <translation>未找到</translation>
    </message>
    <message>
        <source>The user or number in the Request-URI does not exist in that domain, or the domain is not served here.</source>
        <comment>404 summary</comment>
        <translation>Request-URI 中的用户或号码在该域中不存在，或者该域不由本服务器负责。</translation>
    </message>
    <message>
        <source>The server has definitive information that the user in the Request-URI does not exist in the domain named there. It is also returned when the domain of the Request-URI is not one that the receiving element is responsible for. It is a final response from a registrar, proxy, redirect server, gateway or UAS. The verdict is local to this server: a forking proxy may still succeed on other branches, and the caller may try another route. 604 (Does Not Exist Anywhere) makes the stronger claim that the user exists nowhere. A Retry-After header field is allowed. In practice many proxies also answer 404 when the user is provisioned but has no current registration, where 480 would be more precise.</source>
        <comment>404 explanation</comment>
        <translation>服务器确切知道 Request-URI 中的用户在其所指的域中不存在。当 Request-URI 的域不属于接收网元负责的域时，也返回此响应。404 是最终响应，可能来自注册服务器、代理服务器、重定向服务器、网关或 UAS。这一结论只对本服务器有效：分叉代理的其他分支仍可能成功，主叫也可以尝试其他路由。604（Does Not Exist Anywhere）的结论更强，表示该用户在任何地方都不存在。响应中可以携带 Retry-After 头域。实际中，许多代理服务器在用户已开户但当前未注册时也返回 404，而此时 480 更为准确。</translation>
    </message>
    <message>
        <source>The number or address you called was not found. Check the number, including any prefix or country code, and try again.</source>
        <comment>404 user advice</comment>
        <translation>未找到您所拨打的号码或地址。请核对号码（包括前缀和国家代码）后重试。</translation>
    </message>
    <message>
        <source>Check how the number arrived at the element that answered: the Request-URI user part after dial-plan rewriting, prefixes, + and country code normalisation, and the domain or IP address in the host part. On a PBX, look for a missing extension or a call landing in the wrong context; Kamailio&apos;s default script answers 404 when the location lookup finds no registration, so check whether the callee is registered. Gateways map ISDN cause 1 (unallocated number) to 404, so a 404 from a carrier usually means the number is not in service.</source>
        <comment>404 engineer advice</comment>
        <translation>检查号码到达应答网元时的实际形式：经过拨号规则改写后的 Request-URI 用户部分、前缀、+ 号与国家代码的规整，以及主机部分的域名或 IP 地址。在 PBX 上，检查是否缺少该分机，或呼叫进入了错误的 context；Kamailio 默认脚本在 location 查询不到注册记录时回 404，因此要确认被叫是否已注册。网关会把 ISDN 原因值 1（空号）映射为 404，所以运营商返回的 404 通常表示该号码未启用。</translation>
    </message>
    <message>
        <source>nonexistent invalid vacant unassigned misdialled</source>
        <comment>404 keywords</comment>
        <translation>未找到 号码不存在 空号 用户不存在 号码错误 找不到用户 未注册</translation>
    </message>
    <message>
        <source>On GB/T 28181 platforms a 404 usually means that the requested video does not exist: the device or channel ID in the Request-URI or Subject header field is unknown to the answering platform. Check the 20-digit ID for typos and confirm that the device has reported that channel to the platform in its catalog.</source>
        <comment>404 platform notes</comment>
        <translation>在 GB/T 28181 平台上，404 通常表示所请求的视频不存在：Request-URI 或 Subject 头域中的设备编码或通道编码在应答平台上不存在。请检查 20 位编码是否有误，并确认设备已在目录（Catalog）中向平台上报了该通道。</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <comment>405 name</comment>
        <translation>方法不允许</translation>
    </message>
    <message>
        <source>The server knows the method but does not allow it for this Request-URI; the Allow header field lists what it accepts.</source>
        <comment>405 summary</comment>
        <translation>服务器认识该方法，但不允许对此 Request-URI 使用；Allow 头域列出了可接受的方法。</translation>
    </message>
    <message>
        <source>The method in the request line is understood but not allowed for the address identified by the Request-URI. The response must carry an Allow header field listing the methods that address accepts. It is a final response, typically from a UAS, registrar or B2BUA; proxies forward requests whatever their method rather than rejecting unknown ones. The difference from 501 (Not Implemented) matters: 501 means the method is not implemented at all, 405 means it exists but is refused here, for example REGISTER sent to a phone or to a trunk that does not take registrations, or SUBSCRIBE sent to a server without presence. The client should not retry the same method there and should use only the methods listed in Allow.</source>
        <comment>405 explanation</comment>
        <translation>请求行中的方法可以被理解，但不允许用于 Request-URI 所标识的地址。响应必须携带 Allow 头域，列出该地址接受的方法。405 是最终响应，通常来自 UAS、注册服务器或 B2BUA；代理服务器不论请求方法如何都会转发，而不会拒绝未知方法。要注意与 501（Not Implemented）的区别：501 表示根本没有实现该方法，405 表示方法存在但在此处被拒绝，例如向话机或不接受注册的中继发送 REGISTER，或向不支持呈现业务的服务器发送 SUBSCRIBE。客户端不应再向该地址重试同一方法，而应只使用 Allow 中列出的方法。</translation>
    </message>
    <message>
        <source>The device or service you reached does not accept this kind of request, for example a registration or a status subscription. The feature has to be switched off or pointed at a different server.</source>
        <comment>405 user advice</comment>
        <translation>您连接的设备或服务不接受这类请求，例如注册或状态订阅。需要关闭该功能，或将其指向其他服务器。</translation>
    </message>
    <message>
        <source>Read the Allow header field and compare it with the method that was refused. Typical cases: a phone or gateway registering to a peer that only expects trunk traffic, BLF or voicemail SUBSCRIBE sent to a server without a presence module, MESSAGE or INFO (for DTMF) sent to a PBX that does not take them, and REFER where transfers are disabled. Either enable the method on the server or configure the client not to use it (for example RFC 4733 DTMF instead of SIP INFO). Kamailio&apos;s default script also returns 405 when the callee is registered but its contact does not accept the method.</source>
        <comment>405 engineer advice</comment>
        <translation>读取 Allow 头域，并与被拒绝的方法对照。典型情况：话机或网关向只接收中继呼叫的对端注册；BLF 或语音信箱的 SUBSCRIBE 发到没有呈现模块的服务器；MESSAGE 或用于 DTMF 的 INFO 发到不支持它们的 PBX；以及禁用了转接时的 REFER。可以在服务器上启用该方法，或者配置客户端不再使用它（例如用 RFC 4733 DTMF 代替 SIP INFO）。Kamailio 默认脚本在被叫已注册、但其 contact 不接受该方法时也会返回 405。</translation>
    </message>
    <message>
        <source>disallowed operation denied rejected</source>
        <comment>405 keywords</comment>
        <translation>方法不允许 不支持该方法 请求方法 方法被拒绝 不支持注册 不支持订阅</translation>
    </message>
    <message>
        <source>Not acceptable</source>
        <comment>406 name</comment>
        <translation>不可接受</translation>
    </message>
    <message>
        <source>The server could only produce response content that the Accept header fields of the request rule out.</source>
        <comment>406 summary</comment>
        <translation>服务器只能生成被请求中 Accept 类头域排除的响应内容。</translation>
    </message>
    <message>
        <source>The resource identified by the request can only generate response bodies whose content characteristics (type, encoding or language) are not acceptable according to the Accept header fields sent in the request. It is a final response, sent by a UAS or other element that would have to return a body. It concerns what the requester is willing to receive, not what it sent: a request body the server cannot read gives 415, and an unusable session description in an INVITE gives 488 or 606. The code is rare; where it appears, look at requests that expect a body in return, such as SUBSCRIBE, whose Accept header field may exclude every format the server can produce. The client may retry with a wider Accept header field.</source>
        <comment>406 explanation</comment>
        <translation>请求所指向的资源只能生成特定内容特征（类型、编码或语言）的响应消息体，而按请求中的 Accept 类头域，这些特征都不可接受。406 是最终响应，由需要返回消息体的 UAS 或其他网元发送。它涉及的是请求方愿意接收什么，而不是它发送了什么：服务器读不懂请求的消息体时应回 415，INVITE 中的会话描述无法使用时应回 488 或 606。406 很少见；出现时，请关注那些期望对方回送消息体的请求，例如 SUBSCRIBE，其 Accept 头域可能排除了服务器能生成的所有格式。客户端可以放宽 Accept 头域后重试。</translation>
    </message>
    <message>
        <source>The two systems could not agree on a data format for this request. This needs a configuration change by your support team.</source>
        <comment>406 user advice</comment>
        <translation>双方系统无法就这次请求的数据格式达成一致，需要技术支持人员修改配置。</translation>
    </message>
    <message>
        <source>Compare the Accept, Accept-Encoding and Accept-Language header fields of the request with the formats the server supports; for SUBSCRIBE the event package defines the body type (for example application/pidf+xml for presence, application/dialog-info+xml for dialog). Do not confuse it with 488: if an INVITE is refused because of codecs or SDP, look at 488 or 606 instead. Widening or removing the restrictive Accept header field on the client usually resolves it.</source>
        <comment>406 engineer advice</comment>
        <translation>将请求的 Accept、Accept-Encoding 和 Accept-Language 头域与服务器支持的格式对比；对于 SUBSCRIBE，消息体类型由事件包决定（例如 presence 对应 application/pidf+xml，dialog 对应 application/dialog-info+xml）。不要与 488 混淆：如果 INVITE 因编解码器或 SDP 被拒，应查看 488 或 606。在客户端放宽或删除过于严格的 Accept 头域，通常即可解决。</translation>
    </message>
    <message>
        <source>negotiation mismatch unacceptable</source>
        <comment>406 keywords</comment>
        <translation>不可接受 内容协商 格式不匹配 消息体类型 不接受</translation>
    </message>
    <message>
        <source>Proxy authentication required</source>
        <comment>407 name</comment>
        <translation>需要代理鉴权</translation>
    </message>
    <message>
        <source>A proxy requires the sender to authenticate and has sent a challenge; the request should be retried with credentials.</source>
        <comment>407 summary</comment>
        <translation>代理服务器要求发送方鉴权并已下发质询，应携带凭据重新发送请求。</translation>
    </message>
    <message>
        <source>Similar to 401, but the challenge comes from a proxy on the path (or a PBX, SBC or carrier acting as one), which wants the client to authenticate to it before it forwards the request. RFC 3261 notes that it suits cases where access to the network, for example a telephony gateway, rather than the callee requires authentication. It is a final response with one or more Proxy-Authenticate header fields (realm, nonce, algorithm, qop). The UAC sends a new request with the same Call-ID, From and To, a CSeq one higher and a Proxy-Authorization header field for that realm. Several proxies on the path may each challenge, so credentials for several realms can accumulate. A 407 to an INVITE is acknowledged with ACK like any other final response.</source>
        <comment>407 explanation</comment>
        <translation>与 401 类似，但质询来自路径上的代理服务器（或充当代理的 PBX、SBC、运营商设备），它要求客户端先向自己鉴权，然后才转发请求。RFC 3261 指出，当需要鉴权的是对网络（例如电话网关）的接入而不是被叫本身时，适合使用 407。407 是最终响应，携带一个或多个 Proxy-Authenticate 头域（realm、nonce、algorithm、qop）。UAC 应发送新请求：Call-ID、From、To 不变，CSeq 加一，并携带针对该 realm 的 Proxy-Authorization 头域。路径上可能有多个代理服务器分别发起质询，因此可能累积多个 realm 的凭据。对 INVITE 的 407 与其他最终响应一样，需要用 ACK 确认。</translation>
    </message>
    <message>
        <source>The network asked your phone to log in before placing the call, and the login was missing or not accepted. Check the account details in your phone or app, or contact your provider.</source>
        <comment>407 user advice</comment>
        <translation>网络要求您的话机在呼叫前先登录，但登录信息缺失或未被接受。请检查话机或软件中的账号信息，或联系运营商。</translation>
    </message>
    <message>
        <source>A single 407 on INVITE followed by a retry with Proxy-Authorization is normal: Kamailio&apos;s default script and FreeSWITCH challenge INVITE with 407 and REGISTER with 401. If the retry is challenged again, check the username (auth ID), password, realm and algorithm, and that the client answers a 407 with Proxy-Authorization, not Authorization. On PBX-to-carrier trunks, make sure outbound authentication is configured on the trunk (for example outbound_auth on an Asterisk PJSIP endpoint) and that the carrier has not switched the trunk to IP-based authentication.</source>
        <comment>407 engineer advice</comment>
        <translation>INVITE 收到一次 407、随后携带 Proxy-Authorization 重试，是正常流程：Kamailio 默认脚本和 FreeSWITCH 对 INVITE 用 407 质询，对 REGISTER 用 401 质询。若重试后仍被质询，请检查用户名（鉴权 ID）、密码、realm 和算法，并确认客户端针对 407 使用的是 Proxy-Authorization 而不是 Authorization。对于 PBX 到运营商的中继，确认中继上配置了出局鉴权（例如 Asterisk PJSIP endpoint 的 outbound_auth），以及运营商没有把该中继改为按 IP 鉴权。</translation>
    </message>
    <message>
        <source>signin sign-in denied unauthorised proxy-auth</source>
        <comment>407 keywords</comment>
        <translation>鉴权 认证 代理鉴权 代理认证 鉴权失败 认证失败 密码错误 出局鉴权 质询</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <comment>408 name</comment>
        <translation>请求超时</translation>
    </message>
    <message>
        <source>No final response could be produced in time, for example because the user&apos;s location could not be found soon enough.</source>
        <comment>408 summary</comment>
        <translation>无法在合理时间内给出最终响应，例如未能及时确定用户的位置。</translation>
    </message>
    <message>
        <source>The server could not produce a final response within a suitable time, for example because it could not determine the user&apos;s location in time. A proxy also returns it when a forwarded request gets no final response: RFC 3261 makes a proxy act as if it had received 408 when a client transaction times out, or when Timer C fires before any provisional response. The UAC core treats its own transaction timeout (Timer B or F, 32 seconds by default) the same way, so many 408s are generated locally and never crossed the wire. It is a final response. RFC 3261 allows the client to repeat the request unchanged at any later time. 504 (Server Time-out) reports instead that an external server the element relied on did not answer in time.</source>
        <comment>408 explanation</comment>
        <translation>服务器无法在合理时间内给出最终响应，例如未能及时确定用户的位置。代理服务器在转发的请求得不到最终响应时也会返回 408：按照 RFC 3261，客户端事务超时，或者在收到任何临时响应之前 Timer C 到期，代理服务器都视同收到了 408。UAC 核心对自身的事务超时（Timer B 或 Timer F，默认 32 秒）也作同样处理，因此许多 408 是本地生成的，根本没有在线路上出现过。408 是最终响应。RFC 3261 允许客户端在之后任何时间原样重发该请求。504（Server Time-out）则表示网元所依赖的外部服务器没有及时应答。</translation>
    </message>
    <message>
        <source>The call or registration got no answer from the network in time. Check your internet connection and try again; if it keeps happening, contact your provider.</source>
        <comment>408 user advice</comment>
        <translation>呼叫或注册在规定时间内没有得到网络的应答。请检查网络连接后重试；如果反复出现，请联系运营商。</translation>
    </message>
    <message>
        <source>First check in the capture whether a 408 really arrived or was generated locally after retransmissions went unanswered (copies of the INVITE or REGISTER sent after 0.5, 1, 2, 4 s and so on). If nothing came back, check DNS and SRV resolution of the next hop, firewall and NAT rules, expired NAT bindings on UDP, and large INVITEs lost to IP fragmentation (switch to TCP). If a 408 was received, follow its Via to the element that timed out and check that element&apos;s next hop. On PSTN gateways, ISDN cause 18 (no user responding) maps to 408.</source>
        <comment>408 engineer advice</comment>
        <translation>先在抓包中确认 408 是真正收到的，还是在重传无人应答后本地生成的（INVITE 或 REGISTER 会在 0.5、1、2、4 秒……之后反复重发）。如果对方毫无回应，检查下一跳的 DNS 和 SRV 解析、防火墙和 NAT 规则、UDP 上已过期的 NAT 映射，以及因 IP 分片而丢失的大 INVITE（改用 TCP）。如果确实收到了 408，顺着其 Via 找到超时的网元，再检查该网元的下一跳。在 PSTN 网关上，ISDN 原因值 18（无用户响应）映射为 408。</translation>
    </message>
    <message>
        <source>unreachable delay slow no-reply hanging</source>
        <comment>408 keywords</comment>
        <translation>超时 请求超时 响应超时 无响应 无应答 网络不通 重传 信令超时</translation>
    </message>
    <message>
        <source>On GB/T 28181 platforms, check that the destination address and port of the message are correct and that the target device is online. Where a network gate (security isolation gateway) separates two security zones, also confirm that the gate is reachable and that its mapping rules still forward the SIP traffic.</source>
        <comment>408 platform notes</comment>
        <translation>在 GB/T 28181 平台上，请检查消息发送的目的地址和端口是否正确，以及目标设备是否在线。如果两个安全区域之间有网闸隔离，还要确认网闸连通正常，且其映射规则仍在转发 SIP 信令。</translation>
    </message>
    <message>
        <source>Gone</source>
        <comment>410 name</comment>
        <translation>已不存在</translation>
    </message>
    <message>
        <source>The requested user or resource existed but is permanently gone, and no forwarding address is known.</source>
        <comment>410 summary</comment>
        <translation>所请求的用户或资源曾经存在，但已永久消失，且没有已知的转移地址。</translation>
    </message>
    <message>
        <source>The requested resource is no longer available at the server and no forwarding address is known. The condition is expected to be permanent, for example a number that has been disconnected or an account that was deleted. It is a final response from a registrar, proxy, redirect server, UAS or gateway. If the server cannot tell whether the loss is permanent, RFC 3261 says it should send 404 instead, so a 410 is a deliberate statement. If a new address is known, the right answer is 301 (Moved Permanently) with a Contact header field. A client gains nothing by retrying; updating the directory entry is the sensible reaction.</source>
        <comment>410 explanation</comment>
        <translation>所请求的资源在该服务器上已不可用，且没有已知的转发地址。这种情况预计是永久性的，例如号码已拆机或账户已删除。410 是最终响应，可能来自注册服务器、代理服务器、重定向服务器、UAS 或网关。如果服务器无法判断是否永久失效，RFC 3261 要求改用 404，因此 410 是有意给出的明确结论。如果知道新地址，正确的响应是携带 Contact 头域的 301（Moved Permanently）。客户端重试毫无意义，更新通讯录中的条目才是合理的做法。</translation>
    </message>
    <message>
        <source>The number you called is no longer in service and no new number is known. Check the number or find the person&apos;s current contact details.</source>
        <comment>410 user advice</comment>
        <translation>您拨打的号码已停止使用，且没有已知的新号码。请核对号码，或获取对方的最新联系方式。</translation>
    </message>
    <message>
        <source>Gateways translate ISDN cause 22 (number changed) into 410, so a 410 from a carrier usually reflects a disconnected or changed number on the PSTN side. If your own platform sends it, check the provisioning of that number or user: a deleted or deactivated account is often mapped to 410. If a valid, active number gets 410, confirm with the holder of the number range.</source>
        <comment>410 engineer advice</comment>
        <translation>网关会把 ISDN 原因值 22（号码已改变）转换为 410，因此运营商返回的 410 通常反映 PSTN 侧号码已停用或已改号。如果是自己的平台发送 410，请检查该号码或用户的开户数据：已删除或已停用的账户常被映射为 410。如果一个有效且正在使用的号码收到 410，请向该号段的归属运营商确认。</translation>
    </message>
    <message>
        <source>removed ported cancelled defunct obsolete</source>
        <comment>410 keywords</comment>
        <translation>已不存在 号码已停用 改号 销号 拆机 永久失效 停机</translation>
    </message>
    <message>
        <source>Conditional request failed</source>
        <comment>412 name</comment>
        <translation>条件请求失败</translation>
    </message>
    <message>
        <source>A PUBLISH referred to an entity-tag that the event state compositor no longer knows.</source>
        <comment>412 summary</comment>
        <translation>PUBLISH 引用的实体标签已不被事件状态汇聚器识别。</translation>
    </message>
    <message>
        <source>Defined by RFC 3903 for PUBLISH. An event publication agent refreshes, modifies or removes previously published state by sending PUBLISH with a SIP-If-Match header field that carries the entity-tag it received in the SIP-ETag header field of an earlier 2xx. If the event state compositor (a presence server, for example) holds no publication matching that entity-tag, because it expired, the server restarted or the tag is wrong, it answers 412. It is a final response. The publisher must not retry the same request; it discards the stale entity-tag, sends an initial PUBLISH without SIP-If-Match that carries the full state, and then uses the new SIP-ETag.</source>
        <comment>412 explanation</comment>
        <translation>由 RFC 3903 为 PUBLISH 定义。事件发布代理（EPA）在刷新、修改或删除已发布的状态时，会发送带 SIP-If-Match 头域的 PUBLISH，其中携带它从之前某个 2xx 响应的 SIP-ETag 头域中获得的实体标签（entity-tag）。如果事件状态汇聚器（ESC，例如呈现服务器）没有与该实体标签匹配的发布记录，原因可能是已过期、服务器重启或标签有误，它就会回 412。412 是最终响应。发布方不得重发同一请求，而应丢弃失效的实体标签，发送不带 SIP-If-Match、携带完整状态的初始 PUBLISH，之后使用新的 SIP-ETag。</translation>
    </message>
    <message>
        <source>Your status information (for example your availability) could not be updated on the server. This is normally repaired automatically; if your status stays wrong, sign out and in again.</source>
        <comment>412 user advice</comment>
        <translation>您的状态信息（例如在线状态）未能在服务器上更新。这通常会自动恢复；如果状态一直不对，请退出后重新登录。</translation>
    </message>
    <message>
        <source>Compare the SIP-If-Match value with the SIP-ETag of the last 2xx to PUBLISH and check the Expires values: a refresh sent after the publication expired, or after a presence server restart or failover to a node without shared state, gets 412. Make sure the client falls back to an initial PUBLISH with a body instead of retrying the conditional request in a loop, and that load balancers keep PUBLISH refreshes on the same server.</source>
        <comment>412 engineer advice</comment>
        <translation>将 SIP-If-Match 的值与上一个 PUBLISH 的 2xx 响应中的 SIP-ETag 对比，并检查 Expires：发布过期之后才发送的刷新，或在呈现服务器重启、切换到没有共享状态的节点之后发送的刷新，都会得到 412。确保客户端能退回到携带消息体的初始 PUBLISH，而不是循环重发条件请求，并确保负载均衡器把 PUBLISH 刷新发往同一台服务器。</translation>
    </message>
    <message>
        <source>etag outdated conflict</source>
        <comment>412 keywords</comment>
        <translation>条件请求失败 状态发布 在线状态 呈现 实体标签 状态更新失败</translation>
    </message>
    <message>
        <source>Request entity too large</source>
        <comment>413 name</comment>
        <translation>请求实体过大</translation>
    </message>
    <message>
        <source>The message body of the request is larger than the server is willing or able to process.</source>
        <comment>413 summary</comment>
        <translation>请求的消息体超出了服务器愿意或能够处理的大小。</translation>
    </message>
    <message>
        <source>The server refuses the request because its message body is larger than the server is willing or able to process. It is a final response, usually from a UAS, proxy or SBC with a size limit. The server may close the connection to stop the client from continuing. If the condition is only temporary, the server should add a Retry-After header field saying when the client may try again. On a 413 the UAC should, if it can, retry with no body or a smaller one, as a new transaction with the CSeq increased. 513 (Message Too Large) is the related code for a whole message that is too long, as opposed to its body.</source>
        <comment>413 explanation</comment>
        <translation>服务器拒绝处理该请求，因为其消息体超出了服务器愿意或能够处理的大小。413 是最终响应，通常来自设有大小限制的 UAS、代理服务器或 SBC。服务器可以关闭连接，以阻止客户端继续发送。如果这一情况只是暂时的，服务器应添加 Retry-After 头域，说明客户端何时可以再试。收到 413 后，UAC 如有可能，应不带消息体或改用更小的消息体重试，作为新事务并递增 CSeq。相关的 513（Message Too Large）针对的是整条消息过长，而不仅仅是消息体。</translation>
    </message>
    <message>
        <source>The request carried more data than the server accepts, for example a very long message or a large attachment. Try sending less content.</source>
        <comment>413 user advice</comment>
        <translation>请求携带的数据超出了服务器的接收上限，例如消息过长或附件过大。请减少发送的内容。</translation>
    </message>
    <message>
        <source>Check the Content-Length of the refused request and which element set the limit. Large bodies usually come from SDP offers with long codec lists and many ICE candidates, multipart bodies (SDP plus location, ISUP or SIPREC metadata), big presence or resource-list documents, or MESSAGE with attachments. Trim the codec list and candidates, and move large payloads to TCP or to MSRP or HTTP file transfer; RFC 3428 limits MESSAGE outside a session to 1300 bytes unless the path is congestion controlled.</source>
        <comment>413 engineer advice</comment>
        <translation>检查被拒请求的 Content-Length，以及是哪个网元设置了上限。大消息体通常来自：编解码器列表很长、ICE 候选地址很多的 SDP 提议，多部分消息体（SDP 加位置信息、ISUP 或 SIPREC 元数据），大型呈现或资源列表文档，以及带附件的 MESSAGE。精简编解码器列表和候选地址，把大负载改走 TCP，或改用 MSRP、HTTP 文件传输；RFC 3428 规定，会话之外的 MESSAGE 在路径不具备拥塞控制时不得超过 1300 字节。</translation>
    </message>
    <message>
        <source>oversized huge payload overflow</source>
        <comment>413 keywords</comment>
        <translation>请求实体过大 消息体过大 包体过大 消息过长 超出大小限制 附件过大</translation>
    </message>
    <message>
        <source>Request-URI too long</source>
        <comment>414 name</comment>
        <translation>Request-URI 过长</translation>
    </message>
    <message>
        <source>The Request-URI is longer than the server is willing to interpret.</source>
        <comment>414 summary</comment>
        <translation>Request-URI 超出了服务器愿意解析的长度。</translation>
    </message>
    <message>
        <source>The server refuses to service the request because the Request-URI is longer than it is willing to interpret. It is a final response from whichever element hit its limit: a proxy, SBC, gateway or UAS. RFC 3261 sets no maximum length, so limits are implementation-specific. An overlong Request-URI is rarely a real address; it usually points to URI parameters or escaped header fields being appended again and again, for example by a B2BUA or in a routing loop, or to a very long user part produced by number manipulation. The client should shorten the URI before trying again; retrying it unchanged fails the same way.</source>
        <comment>414 explanation</comment>
        <translation>服务器拒绝处理该请求，因为 Request-URI 超出了它愿意解析的长度。414 是最终响应，由触及自身长度限制的网元发出，可能是代理服务器、SBC、网关或 UAS。RFC 3261 没有规定最大长度，限制取决于具体实现。过长的 Request-URI 很少是真实地址，通常说明 URI 参数或转义的头域被一再追加（例如由 B2BUA 或路由环路造成），或者号码变换生成了很长的用户部分。客户端应先缩短 URI 再重试，原样重发会以同样的方式失败。</translation>
    </message>
    <message>
        <source>The address used for the call was too long for the network to handle. Check the number or address you dialled; if it looks correct, contact your support team.</source>
        <comment>414 user advice</comment>
        <translation>呼叫所用的地址过长，网络无法处理。请检查所拨号码或地址；如果看起来无误，请联系技术支持。</translation>
    </message>
    <message>
        <source>Look at the Request-URI exactly as the answering element received it and find what made it long: repeated parameters (;transport=, ;user=phone, vendor tags) added at every hop, escaped header parameters carried over from a Refer-To or a redirect Contact, or a dial plan that prepends digits in a loop. Compare the URI hop by hop in captures taken at each SBC or B2BUA, and remove the parameter or rule that keeps growing it.</source>
        <comment>414 engineer advice</comment>
        <translation>查看应答网元实际收到的 Request-URI，找出使其变长的原因：每一跳都追加的重复参数（;transport=、;user=phone、厂商自定义标签），从 Refer-To 或重定向 Contact 带过来的转义头域参数，或者在环路中不断添加前缀的拨号规则。在每个 SBC 或 B2BUA 处抓包，逐跳比较 URI，删除导致其不断增长的参数或规则。</translation>
    </message>
    <message>
        <source>lengthy huge truncated</source>
        <comment>414 keywords</comment>
        <translation>URI过长 地址过长 号码过长 请求地址太长 参数重复</translation>
    </message>
    <message>
        <source>Unsupported media type</source>
        <comment>415 name</comment>
        <translation>不支持的媒体类型</translation>
    </message>
    <message>
        <source>The server cannot handle the format of the request&apos;s message body for this method.</source>
        <comment>415 summary</comment>
        <translation>对于该方法，服务器无法处理请求消息体的格式。</translation>
    </message>
    <message>
        <source>The server refuses the request because the message body is in a format it does not support for the requested method: an unknown Content-Type, a Content-Encoding it cannot undo, or a Content-Language it does not handle. It is a final response, normally from the UAS that has to interpret the body. The response must list what is acceptable in an Accept, Accept-Encoding or Accept-Language header field, whichever matches the problem. The UAC should retry using only the types, encodings and languages listed there. The code is about the body format itself, for example multipart/mixed or an unknown XML type; codecs or media lines that the SDP cannot satisfy lead to 488 or 606.</source>
        <comment>415 explanation</comment>
        <translation>服务器拒绝处理该请求，因为对于所请求的方法，消息体的格式不受支持：未知的 Content-Type、无法解码的 Content-Encoding，或不支持的 Content-Language。415 是最终响应，通常由需要解析消息体的 UAS 发送。响应必须根据具体问题，在 Accept、Accept-Encoding 或 Accept-Language 头域中列出可接受的内容。UAC 应只使用其中列出的类型、编码和语言重新发送请求。该状态码针对的是消息体格式本身，例如 multipart/mixed 或未知的 XML 类型；SDP 中的编解码器或媒体行无法满足时，应使用 488 或 606。</translation>
    </message>
    <message>
        <source>The other side could not read the kind of data your system sent with the request. This needs a configuration change by your support team.</source>
        <comment>415 user advice</comment>
        <translation>对方无法读取您的系统随请求发送的数据类型，需要技术支持人员修改配置。</translation>
    </message>
    <message>
        <source>Check the Content-Type (and Content-Encoding) of the refused request against the Accept header field of the 415. Typical mismatches: multipart/mixed bodies (SDP plus ISUP, location or SIPREC metadata) sent to a UA that only takes application/sdp, compressed bodies, vendor XML in INFO or NOTIFY, and a wrong or missing Content-Type on MESSAGE. Configure the sender to use only the listed formats, or strip the extra body parts on the SBC.</source>
        <comment>415 engineer advice</comment>
        <translation>将被拒请求的 Content-Type（以及 Content-Encoding）与 415 响应中的 Accept 头域对照。典型的不匹配有：向只接受 application/sdp 的 UA 发送 multipart/mixed 消息体（SDP 加 ISUP、位置信息或 SIPREC 元数据）、压缩过的消息体、INFO 或 NOTIFY 中的厂商自定义 XML，以及 MESSAGE 的 Content-Type 错误或缺失。让发送方只使用所列的格式，或在 SBC 上剥离多余的消息体部分。</translation>
    </message>
    <message>
        <source>mime incompatible unrecognised</source>
        <comment>415 keywords</comment>
        <translation>不支持的媒体类型 消息体格式 内容类型 格式不支持 媒体格式 视频格式不支持</translation>
    </message>
    <message>
        <source>On GB/T 28181 platforms a 415 usually means that the requested video format is not supported, for example an encoding, stream type or resolution that the device or media server cannot provide. Compare the media format lines in the SDP of the INVITE with the device&apos;s capabilities; if they should match, capture the exchange and involve the vendor.</source>
        <comment>415 platform notes</comment>
        <translation>在 GB/T 28181 平台上，415 通常表示不支持所请求的视频格式，例如设备或媒体服务器无法提供所要求的编码格式、码流类型或分辨率。请将 INVITE 的 SDP 中的媒体格式描述与设备能力进行对照；如果两者本应匹配，请抓包并联系厂家。</translation>
    </message>
    <message>
        <source>Unsupported URI scheme</source>
        <comment>416 name</comment>
        <translation>不支持的 URI 方案</translation>
    </message>
    <message>
        <source>The scheme of the Request-URI (for example tel: or sips:) is not supported by the server.</source>
        <comment>416 summary</comment>
        <translation>服务器不支持 Request-URI 的方案（例如 tel: 或 sips:）。</translation>
    </message>
    <message>
        <source>The server cannot process the request because it does not know or support the scheme of the URI in the Request-URI. Both a UAS and a proxy send it: RFC 3261 asks proxies to reject Request-URIs whose scheme they do not understand with 416. It is a final response. Common triggers are tel: URIs (RFC 3966) sent to a server that only handles sip:, sips: sent to an element without TLS support, and urn: or other schemes used by special services. The client should retry with a SIP URI, for example turning tel:+12025550123 into sip:+12025550123@domain;user=phone.</source>
        <comment>416 explanation</comment>
        <translation>服务器无法处理该请求，因为它不认识或不支持 Request-URI 中 URI 的方案（scheme）。UAS 和代理服务器都会发送此响应：RFC 3261 要求代理服务器对方案无法理解的 Request-URI 回 416。416 是最终响应。常见原因包括：向只处理 sip: 的服务器发送 tel: URI（RFC 3966）、向不支持 TLS 的网元发送 sips:，以及特殊业务使用的 urn: 等方案。客户端应改用 SIP URI 重试，例如把 tel:+12025550123 改为 sip:+12025550123@domain;user=phone。</translation>
    </message>
    <message>
        <source>The address format used for this call is not supported by the service. Try dialling the number in its usual form, or contact your support team.</source>
        <comment>416 user advice</comment>
        <translation>本次呼叫使用的地址格式不被服务支持。请用常规方式拨打该号码，或联系技术支持。</translation>
    </message>
    <message>
        <source>Look at the scheme of the Request-URI in the refused request. If a phone or application places calls with tel: URIs, configure it to use sip: URIs with ;user=phone, or have the first proxy convert tel: to sip:. If sips: is refused, check the TLS configuration and whether the next hop really supports SIPS; transport=tls on a sip: URI still gives TLS on that hop without the end-to-end SIPS requirement.</source>
        <comment>416 engineer advice</comment>
        <translation>查看被拒请求中 Request-URI 的方案。如果话机或应用用 tel: URI 发起呼叫，请将其配置为使用带 ;user=phone 的 sip: URI，或由第一跳代理服务器把 tel: 转换为 sip:。如果 sips: 被拒，检查 TLS 配置以及下一跳是否真正支持 SIPS；在 sip: URI 上使用 transport=tls，仍可让这一跳走 TLS，而不会带来端到端的 SIPS 要求。</translation>
    </message>
    <message>
        <source>url unrecognised incompatible</source>
        <comment>416 keywords</comment>
        <translation>不支持的URI方案 URI格式 地址格式 tel sips 不支持的地址</translation>
    </message>
    <message>
        <source>Unknown resource priority</source>
        <comment>417 name</comment>
        <translation>未知资源优先级</translation>
    </message>
    <message>
        <source>The Resource-Priority header field of the request used a namespace or priority value the receiver does not recognise.</source>
        <comment>417 summary</comment>
        <translation>请求的 Resource-Priority 头域使用了接收方无法识别的命名空间或优先级值。</translation>
    </message>
    <message>
        <source>Defined by RFC 4412, which lets emergency and government priority services (for example the ets and wps namespaces) mark requests with a Resource-Priority header field made of a namespace and a priority value. An element that supports the extension but does not recognise the namespace or value, and whose policy is not to ignore unknown values, rejects the request with 417. It is a final response. The response may include an Accept-Resource-Priority header field listing the namespaces and values that are accepted, so the client can retry with one of them or without the header field. An element that does not support the extension at all answers a request with Require: resource-priority with 420 instead.</source>
        <comment>417 explanation</comment>
        <translation>由 RFC 4412 定义。该扩展允许应急和政府优先业务（例如 ets 和 wps 命名空间）用 Resource-Priority 头域为请求打上标记，该头域由命名空间和优先级值组成。支持该扩展但不认识其命名空间或取值、且策略规定不忽略未知取值的网元，会用 417 拒绝请求。417 是最终响应。响应中可以携带 Accept-Resource-Priority 头域，列出可接受的命名空间和取值，客户端据此改用其中的值，或去掉该头域后重试。完全不支持该扩展的网元，对携带 Require: resource-priority 的请求则回 420。</translation>
    </message>
    <message>
        <source>The call carried a priority marking that the network does not recognise. Try the call again without the priority feature, or contact your support team.</source>
        <comment>417 user advice</comment>
        <translation>呼叫携带了网络无法识别的优先级标记。请在不使用优先功能的情况下重拨，或联系技术支持。</translation>
    </message>
    <message>
        <source>Compare the Resource-Priority value in the request with the Accept-Resource-Priority header field of the 417, if present, and configure the sender to use an accepted namespace and value. Cisco IOS gateways illustrate the two policies: in strict mode they answer unknown values with 417 and an Accept-Resource-Priority list, in loose mode (the default) they ignore them. If priority marking is not needed on that route, strip the header field at the SBC.</source>
        <comment>417 engineer advice</comment>
        <translation>将请求中的 Resource-Priority 值与 417 响应中的 Accept-Resource-Priority 头域（如有）对照，并配置发送方使用被接受的命名空间和取值。Cisco IOS 网关体现了两种策略：strict 模式下对未知取值回 417 并附上 Accept-Resource-Priority 列表，loose 模式（默认）下则忽略它们。如果该路由不需要优先级标记，可在 SBC 上删除该头域。</translation>
    </message>
    <message>
        <source>precedence preemption GETS MLPP</source>
        <comment>417 keywords</comment>
        <translation>未知资源优先级 资源优先级 优先级 优先呼叫 应急通信 抢占</translation>
    </message>
    <message>
        <source>Bad extension</source>
        <comment>420 name</comment>
        <translation>不支持的扩展</translation>
    </message>
    <message>
        <source>The server does not understand an extension that the request listed in Require or Proxy-Require.</source>
        <comment>420 summary</comment>
        <translation>服务器无法理解请求在 Require 或 Proxy-Require 中列出的扩展。</translation>
    </message>
    <message>
        <source>The server did not understand a protocol extension (option tag) that the request made mandatory: a UAS checks the Require header field, a proxy checks Proxy-Require. The response must include an Unsupported header field listing the option tags that were not understood. It is a final response. The UAC should retry the request, as a new transaction, without the extensions listed in Unsupported, provided it can work without them. Option tags seen in practice include 100rel (reliable provisional responses), timer (session timers), replaces, sec-agree and precondition. Listing an extension in Supported never causes a 420, which is why Require should be kept for extensions the request cannot do without.</source>
        <comment>420 explanation</comment>
        <translation>服务器不理解请求要求必须支持的某个协议扩展（选项标签）：UAS 检查 Require 头域，代理服务器检查 Proxy-Require 头域。响应必须携带 Unsupported 头域，列出无法理解的选项标签。420 是最终响应。如果 UAC 不依赖这些扩展也能工作，应作为新事务、去掉 Unsupported 中列出的扩展后重试。实际中常见的选项标签有 100rel（可靠临时响应）、timer（会话定时器）、replaces、sec-agree 和 precondition。只在 Supported 中列出的扩展永远不会导致 420，因此 Require 应只用于请求离开它就无法完成的扩展。</translation>
    </message>
    <message>
        <source>Your phone or system asked for a feature that the other side does not support, so the request failed. This needs a configuration change by your support team.</source>
        <comment>420 user advice</comment>
        <translation>您的话机或系统要求使用对方不支持的功能，因此请求失败。需要技术支持人员修改配置。</translation>
    </message>
    <message>
        <source>Read the Unsupported header field of the 420 and find the matching option tag in the Require or Proxy-Require of the request. Typical fixes: change 100rel from required to supported (in Asterisk, 100rel=yes rather than required on the endpoint, or the equivalent on the gateway), stop forcing session timers, and remove Proxy-Require: sec-agree outside IMS. Also check that no SBC adds Require to a CANCEL or to the ACK for a non-2xx response, which RFC 3261 forbids.</source>
        <comment>420 engineer advice</comment>
        <translation>读取 420 响应的 Unsupported 头域，在请求的 Require 或 Proxy-Require 中找到对应的选项标签。典型处理方法：把 100rel 从必需改为支持（在 Asterisk 的 endpoint 上设置 100rel=yes 而不是 required，或在网关上做相应设置）、不再强制要求会话定时器，以及在 IMS 之外去掉 Proxy-Require: sec-agree。还要检查是否有 SBC 在 CANCEL 或非 2xx 响应的 ACK 中添加了 Require，RFC 3261 禁止这样做。</translation>
    </message>
    <message>
        <source>prack incompatible unrecognised</source>
        <comment>420 keywords</comment>
        <translation>不支持的扩展 扩展不支持 选项标签 可靠临时响应 功能不支持</translation>
    </message>
    <message>
        <source>Extension required</source>
        <comment>421 name</comment>
        <translation>需要扩展</translation>
    </message>
    <message>
        <source>The server needs an extension that the request did not list in Supported; the Require header field names it.</source>
        <comment>421 summary</comment>
        <translation>服务器需要某个扩展，但请求未在 Supported 中列出；Require 头域指明了该扩展。</translation>
    </message>
    <message>
        <source>The user agent server needs a particular extension to process the request, but the request does not list it in its Supported header field. The response must include a Require header field naming the required extensions. It is a final response. RFC 3261 discourages it: a UAS should fall back to baseline SIP and the extensions the client does support, and send 421 only when it truly cannot provide any useful service otherwise, because it breaks interworking. The client can retry only if it actually implements the named extension, and then lists it in Supported. Common cases are gateways that insist on 100rel (PRACK) or on session timers, and IMS servers requiring sec-agree, where RFC 3329 adds a Security-Server header field.</source>
        <comment>421 explanation</comment>
        <translation>用户代理服务器（UAS）需要某个扩展才能处理该请求，但请求的 Supported 头域中没有列出它。响应必须携带 Require 头域，列出所需的扩展。421 是最终响应。RFC 3261 不提倡使用它：UAS 应退回到基本 SIP 和客户端所支持的扩展，只有在确实无法提供任何有效服务时才发送 421，因为它会破坏互通。客户端只有在确实实现了所列扩展时才能重试，并在 Supported 中列出该扩展。常见情况是网关坚持要求 100rel（PRACK）或会话定时器，以及 IMS 服务器要求 sec-agree，此时 RFC 3329 还要求携带 Security-Server 头域。</translation>
    </message>
    <message>
        <source>The other side requires a feature that your phone or system did not offer. This needs a configuration change or a software update on your side.</source>
        <comment>421 user advice</comment>
        <translation>对方要求使用您的话机或系统未提供的功能。需要在您这一侧修改配置或升级软件。</translation>
    </message>
    <message>
        <source>Read the Require header field of the 421 and check whether the client supports that option tag but does not advertise it in Supported; enabling it (for example 100rel or timer in the phone, PBX or SBC settings) usually fixes the call. If the client cannot implement it, ask the far end to relax the requirement, or let an SBC that supports the extension terminate it on that leg.</source>
        <comment>421 engineer advice</comment>
        <translation>读取 421 响应的 Require 头域，检查客户端是否其实支持该选项标签、只是没有在 Supported 中声明；启用它（例如在话机、PBX 或 SBC 设置中启用 100rel 或 timer）通常就能解决。如果客户端无法实现该扩展，请对端放宽要求，或让支持该扩展的 SBC 在这一段上终结它。</translation>
    </message>
    <message>
        <source>mandatory needed missing</source>
        <comment>421 keywords</comment>
        <translation>需要扩展 扩展要求 必须支持 选项标签 可靠临时响应 会话定时器</translation>
    </message>
    <message>
        <source>Session interval too small</source>
        <comment>422 name</comment>
        <translation>会话间隔过小</translation>
    </message>
    <message>
        <source>The Session-Expires interval in the request is shorter than the minimum the proxy or UAS accepts; Min-SE gives that minimum.</source>
        <comment>422 summary</comment>
        <translation>请求中的 Session-Expires 小于代理服务器或 UAS 接受的最小值，Min-SE 给出了该最小值。</translation>
    </message>
    <message>
        <source>Defined by RFC 4028 (session timers). A proxy or UAS that keeps state for the session rejects an INVITE or UPDATE whose Session-Expires value is below its own minimum session interval, which is never less than 90 seconds. It does so only when the UAC has shown support for session timers (Supported: timer); otherwise it raises the interval instead of rejecting. The 422 is a final response and must contain a Min-SE header field with that minimum. The UAC retries with a Session-Expires of at least the largest Min-SE it has received and adds a Min-SE header field with that value, so the new request satisfies every element on the path. The call normally succeeds on the second attempt.</source>
        <comment>422 explanation</comment>
        <translation>由 RFC 4028（会话定时器）定义。为会话保持状态的代理服务器或 UAS，如果 INVITE 或 UPDATE 中的 Session-Expires 小于其最小会话间隔（该值不得低于 90 秒），就会拒绝该请求。只有当 UAC 表明支持会话定时器（Supported: timer）时才这样做，否则网元会直接调大间隔，而不是拒绝。422 是最终响应，必须包含 Min-SE 头域给出该最小值。UAC 应以不小于已收到的最大 Min-SE 的 Session-Expires 重试，并携带取值相同的 Min-SE 头域，使新请求满足路径上所有网元的要求。呼叫通常在第二次尝试时成功。</translation>
    </message>
    <message>
        <source>A timing setting used to keep calls alive was too short for the network. Phones normally correct this automatically; if calls keep failing, contact your support team.</source>
        <comment>422 user advice</comment>
        <translation>用于维持通话的定时参数设得过短，网络不接受。话机通常会自动纠正；如果呼叫持续失败，请联系技术支持。</translation>
    </message>
    <message>
        <source>Compare Session-Expires and Min-SE of the INVITE with the Min-SE of the 422 and check that the client retries with a larger value; a UA that gives up after the 422 needs its session timer raised (for example Asterisk PJSIP timers_min_se and timers_sess_expires, FreeSWITCH minimum-session-expires, 120 s by default). A browser client offering Session-Expires: 90 to FreeSWITCH gets exactly this. The usual interval is 1800 s, refreshed at half that time.</source>
        <comment>422 engineer advice</comment>
        <translation>将 INVITE 中的 Session-Expires、Min-SE 与 422 响应中的 Min-SE 对比，并确认客户端会用更大的值重试；收到 422 就放弃的 UA 需要调大会话定时器（例如 Asterisk PJSIP 的 timers_min_se 和 timers_sess_expires，FreeSWITCH 的 minimum-session-expires，默认 120 秒）。浏览器客户端向 FreeSWITCH 提供 Session-Expires: 90 时就会遇到这种情况。常用的会话间隔为 1800 秒，在其一半时刷新。</translation>
    </message>
    <message>
        <source>keepalive re-INVITE brief</source>
        <comment>422 keywords</comment>
        <translation>会话间隔过小 会话定时器 会话刷新 会话超时 保活 最小会话间隔</translation>
    </message>
    <message>
        <source>Interval too brief</source>
        <comment>423 name</comment>
        <translation>间隔过短</translation>
    </message>
    <message>
        <source>The requested expiry of a registration, subscription or publication is shorter than the server allows; Min-Expires gives the minimum.</source>
        <comment>423 summary</comment>
        <translation>注册、订阅或发布所请求的有效期短于服务器允许的最小值，Min-Expires 给出了该最小值。</translation>
    </message>
    <message>
        <source>The server rejects the request because the expiration time of the resource it refreshes is too short. Registrars use it above all for REGISTER; it is also used for SUBSCRIBE (RFC 6665) and PUBLISH (RFC 3903). The response must contain a Min-Expires header field with the shortest interval the server accepts. It is a final response. A registrar may send it only if the requested interval is greater than zero, below one hour and below its configured minimum, so a de-registration with expires 0 is never refused this way. The client may retry with every expiry, the Expires header field and any expires contact parameters, raised to at least Min-Expires.</source>
        <comment>423 explanation</comment>
        <translation>服务器拒绝该请求，因为请求所刷新资源的有效期太短。注册服务器主要将它用于 REGISTER，它也用于 SUBSCRIBE（RFC 6665）和 PUBLISH（RFC 3903）。响应必须包含 Min-Expires 头域，给出服务器接受的最短间隔。423 是最终响应。注册服务器只有在请求的间隔大于零、小于一小时且小于其配置的最小值时才可以回 423，因此 expires 为 0 的注销请求不会因此被拒。客户端可以把所有有效期（Expires 头域和各 contact 的 expires 参数）调到不小于 Min-Expires 后重试。</translation>
    </message>
    <message>
        <source>Your phone asked to renew its registration more often than the service allows. Phones normally correct this automatically; if the phone stays unregistered, contact your support team.</source>
        <comment>423 user advice</comment>
        <translation>您的话机要求刷新注册的频率高于服务允许的频率。话机通常会自动纠正；如果话机一直无法注册，请联系技术支持。</translation>
    </message>
    <message>
        <source>Compare the Expires header field and the expires parameter of each Contact with the Min-Expires of the 423, and check that the client retries with the larger value; some phones loop or give up instead. Adjust the phone&apos;s registration interval or the registrar minimum (Kamailio registrar min_expires, Asterisk PJSIP minimum_expiration, both 60 s by default). If short intervals were chosen to keep NAT bindings open, use keep-alives (CRLF, OPTIONS or RFC 5626 outbound) instead of frequent re-registration.</source>
        <comment>423 engineer advice</comment>
        <translation>将 Expires 头域及各 Contact 的 expires 参数与 423 响应中的 Min-Expires 对比，并确认客户端会用更大的值重试；有些话机会陷入循环或直接放弃。调整话机的注册间隔，或注册服务器的最小值（Kamailio registrar 的 min_expires、Asterisk PJSIP 的 minimum_expiration，默认均为 60 秒）。如果缩短间隔是为了保持 NAT 映射，应改用保活（CRLF、OPTIONS 或 RFC 5626 outbound），而不是频繁重新注册。</translation>
    </message>
    <message>
        <source>re-register renewal lifetime duration</source>
        <comment>423 keywords</comment>
        <translation>间隔过短 注册间隔 注册有效期 注册周期 有效期过短 重新注册</translation>
    </message>
    <message>
        <source>Bad location information</source>
        <comment>424 name</comment>
        <translation>位置信息有误</translation>
    </message>
    <message>
        <source>The location information conveyed with the request was malformed, unusable or could not be retrieved.</source>
        <comment>424 summary</comment>
        <translation>随请求传递的位置信息格式错误、无法使用或无法获取。</translation>
    </message>
    <message>
        <source>Defined by RFC 6442 (location conveyance), which lets a request carry the caller&apos;s location by value in a PIDF-LO body or by reference, pointed to by a Geolocation header field. A proxy or UAS that needs the location, typically for emergency call routing, rejects the request with 424 when the location is malformed, not good enough for its purpose, or cannot be dereferenced. It is a final response. A Geolocation-Error header field with a numeric code and a text usually says which problem was found. The sender should correct or refresh the location, or, where that is acceptable, retry without it.</source>
        <comment>424 explanation</comment>
        <translation>由 RFC 6442（位置信息传递）定义。该扩展允许请求以值的方式（PIDF-LO 消息体）或以引用的方式（由 Geolocation 头域指向）携带主叫位置。需要位置信息的代理服务器或 UAS（通常用于紧急呼叫路由）在位置信息格式错误、不满足用途要求或无法解引用时，会用 424 拒绝请求。424 是最终响应。Geolocation-Error 头域通常以数字代码和文字说明发现了什么问题。发送方应修正或更新位置信息，在可以接受的情况下，也可以不带位置信息重试。</translation>
    </message>
    <message>
        <source>The location information sent with the call could not be used. For an emergency call, make sure location services are enabled on your device and tell the operator where you are.</source>
        <comment>424 user advice</comment>
        <translation>随呼叫发送的位置信息无法使用。拨打紧急电话时，请确认设备已开启定位服务，并告诉接线员您所在的位置。</translation>
    </message>
    <message>
        <source>Check the Geolocation header field and the PIDF-LO body of the refused request: valid XML, a correct cid: reference from the Geolocation URI to the body part, and a multipart/mixed body that the next hop accepts. For location by reference, check that the answering element can reach the HTTP or HELD URI and is authorized to dereference it. Read the Geolocation-Error code to tell format errors from dereference failures.</source>
        <comment>424 engineer advice</comment>
        <translation>检查被拒请求中的 Geolocation 头域和 PIDF-LO 消息体：XML 是否有效、Geolocation URI 是否用 cid: 正确引用了对应的消息体部分，以及下一跳能否接受 multipart/mixed 消息体。对于以引用方式传递的位置，检查应答网元能否访问该 HTTP 或 HELD URI，并有权对其解引用。根据 Geolocation-Error 代码区分格式错误和解引用失败。</translation>
    </message>
    <message>
        <source>911 112 civic PSAP position gps</source>
        <comment>424 keywords</comment>
        <translation>位置信息错误 位置信息 地理位置 紧急呼叫 定位 位置传递</translation>
    </message>
    <message>
        <source>Bad alert message</source>
        <comment>425 name</comment>
        <translation>告警消息有误</translation>
    </message>
    <message>
        <source>The recipient could not process the alert message (Common Alerting Protocol payload) carried in the request.</source>
        <comment>425 summary</comment>
        <translation>接收方无法处理请求中携带的告警消息（通用告警协议 CAP 负载）。</translation>
    </message>
    <message>
        <source>Defined by RFC 8876 for non-interactive emergency calls, in which a sensor, alarm or other automated source sends an alert as a Common Alerting Protocol (CAP) payload, typically in a MESSAGE request, towards an emergency services network. When the recipient cannot process that alert, it answers 425. It is a final response and must include an AlertMsg-Error header field whose code says what went wrong: 100 the alert payload could not be processed, 101 the payload was missing or could not be found, 102 there was not enough information to determine the purpose of the alert, 103 the payload was corrupted. The sender should fix the CAP document before sending it again.</source>
        <comment>425 explanation</comment>
        <translation>由 RFC 8876 为非交互式紧急呼叫定义：传感器、报警器或其他自动化信源以通用告警协议（CAP）负载的形式发送告警，通常放在 MESSAGE 请求中，送往紧急服务网络。接收方无法处理该告警时回 425。425 是最终响应，必须携带 AlertMsg-Error 头域，用代码说明问题所在：100 表示无法处理告警负载，101 表示负载缺失或找不到，102 表示信息不足以判断告警目的，103 表示负载已损坏。发送方应修正 CAP 文档后再发送。</translation>
    </message>
    <message>
        <source>The automatic alert sent by your device or alarm system was not accepted by the receiving service. Contact the supplier of the device; in an emergency, call the emergency number directly.</source>
        <comment>425 user advice</comment>
        <translation>您的设备或报警系统发出的自动告警未被接收方接受。请联系设备供应商；紧急情况下请直接拨打紧急电话。</translation>
    </message>
    <message>
        <source>Read the AlertMsg-Error code of the 425 and check the CAP document in the request: the Content-Type (application/common-alerting-protocol+xml), that the body or its Content-ID reference is really present, XML schema validity, and mandatory CAP elements such as identifier, sender, sent, status, msgType and scope. Test with the receiving network before going live.</source>
        <comment>425 engineer advice</comment>
        <translation>读取 425 响应中的 AlertMsg-Error 代码，并检查请求中的 CAP 文档：Content-Type（application/common-alerting-protocol+xml）、消息体或其 Content-ID 引用是否确实存在、XML 是否符合 schema，以及 identifier、sender、sent、status、msgType、scope 等 CAP 必选元素。上线前先与接收网络进行联调测试。</translation>
    </message>
    <message>
        <source>IoT PSAP siren notification</source>
        <comment>425 keywords</comment>
        <translation>告警消息有误 告警消息 通用告警协议 紧急告警 报警 传感器 非交互式紧急呼叫</translation>
    </message>
    <message>
        <source>Use Identity header</source>
        <comment>428 name</comment>
        <translation>需使用 Identity 头域</translation>
    </message>
    <message>
        <source>The receiver&apos;s policy requires a signed Identity header field, and the request arrived without one.</source>
        <comment>428 summary</comment>
        <translation>接收方的策略要求请求携带经签名的 Identity 头域，但请求中没有。</translation>
    </message>
    <message>
        <source>Defined for SIP caller identity (STIR), first by RFC 4474 and now by RFC 8224. A verification service, in the terminating network or in the UAS, can require requests to carry an Identity header field in which an authentication service has signed the calling number (a PASSporT). If such a request arrives with no Identity header field at all, the verifier may reject it with 428. It is a final response. The request can only succeed if it is sent again through an authentication service that adds the Identity header field; a user agent cannot fix it on its own. Problems with an Identity header field that is present are reported with 436, 437 or 438 instead.</source>
        <comment>428 explanation</comment>
        <translation>为 SIP 主叫身份认证（STIR）而定义，最早见于 RFC 4474，现由 RFC 8224 规定。位于被叫侧网络或 UAS 中的验证服务，可以要求请求携带 Identity 头域，其中由鉴权服务（authentication service）对主叫号码进行签名（PASSporT）。如果这样的请求完全没有 Identity 头域，验证方可以用 428 拒绝。428 是最终响应。只有经由能添加 Identity 头域的鉴权服务重新发送，请求才能成功；用户代理自身无法解决。如果 Identity 头域存在但有问题，则使用 436、437 或 438。</translation>
    </message>
    <message>
        <source>The receiving network only accepts calls whose caller ID has been digitally verified, and this call was not signed. Contact your provider.</source>
        <comment>428 user advice</comment>
        <translation>接收方网络只接受主叫号码经过数字验证的呼叫，而这次呼叫没有签名。请联系运营商。</translation>
    </message>
    <message>
        <source>Check whether the originating provider signs calls (STIR/SHAKEN) and whether the Identity header field is removed on the way, for example by an SBC, a B2BUA or a transit carrier that does not pass unknown header fields, or by header size limits. Make sure calls leaving your network pass through the authentication service. Many terminating networks accept unsigned calls and only show them as unverified, so a 428 points to a strict policy on that route.</source>
        <comment>428 engineer advice</comment>
        <translation>检查主叫侧运营商是否对呼叫进行签名（STIR/SHAKEN），以及 Identity 头域是否在途中被删除，例如被 SBC、B2BUA 或不透传未知头域的转接运营商删除，或因头域长度限制而被丢弃。确保从您的网络发出的呼叫都经过鉴权服务。许多被叫侧网络会接受未签名的呼叫，只将其标示为未验证，因此 428 说明该路由上执行的是严格策略。</translation>
    </message>
    <message>
        <source>attestation spoofing robocall signature</source>
        <comment>428 keywords</comment>
        <translation>需使用Identity头域 身份签名 主叫验证 号码认证 来电认证 防伪 号码伪造</translation>
    </message>
    <message>
        <source>Provide referrer identity</source>
        <comment>429 name</comment>
        <translation>需提供转介方身份</translation>
    </message>
    <message>
        <source>The refer target requires a signed Referred-By token showing who referred the request, and none was provided.</source>
        <comment>429 summary</comment>
        <translation>转介目标要求提供经签名的 Referred-By 令牌以证明由谁发起转介，但请求中没有。</translation>
    </message>
    <message>
        <source>Defined by RFC 3892, the Referred-By mechanism for REFER-based transfer. When a referrer asks a referee to contact a refer target, the referee&apos;s request to the target may carry a Referred-By header field and, optionally, a Referred-By token: an S/MIME-signed body that proves who made the referral. A refer target whose policy demands such a token rejects a request without a valid one with 429. It is a final response. The referee cannot create the token itself; it reports the failure to the referrer in the NOTIFY that tracks the REFER, and the referrer may send a new REFER that includes a signed token.</source>
        <comment>429 explanation</comment>
        <translation>由 RFC 3892 定义，即用于基于 REFER 的转接的 Referred-By 机制。当转介方（referrer）要求被转介方（referee）联系转介目标（refer target）时，被转介方发往目标的请求可以携带 Referred-By 头域，还可以携带 Referred-By 令牌：一个经 S/MIME 签名、用于证明由谁发起转介的消息体。策略要求此类令牌的转介目标，会用 429 拒绝没有有效令牌的请求。429 是最终响应。被转介方无法自行生成令牌，它在跟踪该 REFER 的 NOTIFY 中把失败告知转介方，转介方可以再发送一个包含签名令牌的新 REFER。</translation>
    </message>
    <message>
        <source>A transferred call was refused because the receiving side could not verify who started the transfer. Try calling the person directly.</source>
        <comment>429 user advice</comment>
        <translation>转接过来的呼叫被拒绝，因为接收方无法验证是谁发起了转接。请直接呼叫对方。</translation>
    </message>
    <message>
        <source>Check whether the refer target really requires signed Referred-By tokens; very few deployments use S/MIME, so a 429 usually comes from a strict security policy or a misconfigured service. Capture the REFER, the NOTIFY messages with their message/sipfrag bodies and the triggered INVITE to see which element demanded the token. For ordinary call transfers, relax that policy for trusted peers, or transfer through a B2BUA that places the new call itself.</source>
        <comment>429 engineer advice</comment>
        <translation>确认转介目标是否真的要求签名的 Referred-By 令牌；使用 S/MIME 的部署极少，因此 429 通常来自严格的安全策略或配置有误的业务。抓取 REFER、带 message/sipfrag 消息体的 NOTIFY 以及触发的 INVITE，查看是哪个网元要求令牌。对于普通转接，可以对可信对端放宽该策略，或改由 B2BUA 自行发起新呼叫来完成转接。</translation>
    </message>
    <message>
        <source>blind attended forwarding handover</source>
        <comment>429 keywords</comment>
        <translation>需提供转介方身份 呼叫转接 转接失败 转介方 盲转 咨询转接</translation>
    </message>
    <message>
        <source>Flow failed</source>
        <comment>430 name</comment>
        <translation>连接流失效</translation>
    </message>
    <message>
        <source>An edge proxy could no longer reach the user agent over the connection (flow) that the user agent had registered through.</source>
        <comment>430 summary</comment>
        <translation>边缘代理服务器已无法通过用户代理注册时所用的连接（流）到达该用户代理。</translation>
    </message>
    <message>
        <source>Defined by SIP Outbound (RFC 5626). A user agent using Outbound registers one or more flows, usually long-lived TCP or TLS connections through an edge proxy, each identified by its instance-id and reg-id. When a request for that user reaches the edge proxy and the flow it has to use no longer exists, the edge proxy sends this final response back to the authoritative proxy. The authoritative proxy should then try another flow registered for the same instance and address-of-record, so the call can still succeed. The code is meant for use between proxies: an endpoint should never see it, and one that does treats it like 400 (Bad Request).</source>
        <comment>430 explanation</comment>
        <translation>该状态码由 SIP Outbound（RFC 5626）定义。使用 Outbound 的用户代理会注册一条或多条“流”，通常是经由边缘代理服务器建立的 TCP 或 TLS 长连接，每条流由 instance-id 和 reg-id 标识。当发给该用户的请求到达边缘代理服务器，而它必须使用的那条流已经不存在时，边缘代理服务器就向权威代理服务器回送此最终响应。权威代理服务器随后应改用为同一实例、同一 AOR 注册的其他流，因此呼叫仍可能成功。该状态码只用于代理服务器之间：终端本不应收到它，若收到，则按 400（Bad Request）处理。</translation>
    </message>
    <message>
        <source>Your phone briefly lost its connection to the service, so the call could not be delivered to it. It usually reconnects by itself; if calls keep failing, restart the phone or check its network connection.</source>
        <comment>430 user advice</comment>
        <translation>您的话机与服务之间的连接短暂中断，呼叫因此无法送达话机。话机通常会自行重新连接；如果呼叫持续失败，请重启话机或检查其网络连接。</translation>
    </message>
    <message>
        <source>Look for TCP or TLS connections that die silently: NAT or firewall idle timeouts shorter than the Outbound keep-alive interval (CRLF or STUN keep-alives), load balancers that reset long-lived connections, or an edge proxy restart. Compare the flow token in the Route or Path URI with the edge proxy&apos;s connection table, and check that the user agent re-registers quickly after a flow fails. If a user agent receives 430 itself, an edge proxy or B2BUA is passing it upstream instead of trying another flow.</source>
        <comment>430 engineer advice</comment>
        <translation>排查悄无声息断开的 TCP 或 TLS 连接：NAT 或防火墙的空闲超时短于 Outbound 保活间隔（CRLF 或 STUN 保活）、负载均衡器重置长连接、边缘代理服务器重启等。将 Route 或 Path URI 中的流标识（flow token）与边缘代理服务器的连接表进行比对，并确认用户代理在流失效后能及时重新注册。如果用户代理自己收到了 430，说明某个边缘代理服务器或 B2BUA 把它向上游透传了，而没有改用其他流。</translation>
    </message>
    <message>
        <source>outbound keepalive connection dropped socket closed reg-id NAT timeout</source>
        <comment>430 keywords</comment>
        <translation>流失效 连接断开 长连接 保活 心跳 Outbound 边缘代理 TCP断开 NAT超时</translation>
    </message>
    <message>
        <source>Anonymity disallowed</source>
        <comment>433 name</comment>
        <translation>不接受匿名呼叫</translation>
    </message>
    <message>
        <source>The called party, or a server acting for it, refuses the request because the caller has hidden their identity.</source>
        <comment>433 summary</comment>
        <translation>被叫方或代表被叫方的服务器因主叫隐藏了身份而拒绝该请求。</translation>
    </message>
    <message>
        <source>Defined by RFC 5079 for anonymous call rejection. A UAS, or a proxy providing the service on the callee&apos;s behalf, sends this final response when it refuses a request only because the originator deliberately withheld its identity, for example with a From URI in the anonymous.invalid domain or a Privacy header field asking to hide the identity (values such as id or user). A request whose sender is merely unknown or unauthenticated is not anonymous in this sense. The response tells the caller that the same request without anonymity may succeed, so the caller&apos;s user agent can offer the user to call again with the identity shown. It is forwarded upstream like any other 4xx.</source>
        <comment>433 explanation</comment>
        <translation>该状态码由 RFC 5079 定义，用于匿名呼叫拒绝业务。当用户代理服务器 (UAS)，或代表被叫提供该业务的代理服务器，仅仅因为发起方有意隐藏身份而拒绝请求时，发送此最终响应。隐藏身份的典型标志是 From URI 位于 anonymous.invalid 域，或带有要求隐藏身份的 Privacy 头域（取值如 id、user）。发送方身份只是未知或未经鉴权的请求，不属于这里所说的匿名。该响应告诉主叫：去掉匿名后重新发送同一请求可能成功，因此主叫的用户代理可以提示用户改为显示身份后重拨。代理服务器会像转发其他 4xx 一样把它转发给上游。</translation>
    </message>
    <message>
        <source>The person you called does not accept calls from hidden numbers. Turn off caller ID blocking, or dial without the hide-number prefix, and call again.</source>
        <comment>433 user advice</comment>
        <translation>您呼叫的用户不接听隐藏号码的来电。请关闭来电显示限制（或不加隐藏号码前缀）后重新拨打。</translation>
    </message>
    <message>
        <source>Check why the call left as anonymous: a Privacy: id or user header field, a From of anonymous@anonymous.invalid, a hide-number prefix dialled by the user, or a trunk or gateway mapping ISDN presentation restricted to SIP privacy. If the caller did not ask for anonymity, find the element that added it (PBX outbound caller ID rules, SBC header manipulation). The rejection itself is a service of the callee (anonymous call rejection, ACR in IMS), so nothing is broken on the terminating side.</source>
        <comment>433 engineer advice</comment>
        <translation>查明呼叫为何以匿名方式发出：带有 Privacy: id 或 user 头域、From 为 anonymous@anonymous.invalid、用户拨了隐藏号码前缀，或中继、网关把 ISDN 的“限制显示”映射成了 SIP 隐私。如果主叫并未要求匿名，找出添加匿名标志的网元（PBX 外呼主叫号码规则、SBC 头域改写）。拒绝本身是被叫开通的业务（匿名呼叫拒绝，IMS 中称 ACR），被叫侧并没有故障。</translation>
    </message>
    <message>
        <source>anonymous call rejection hidden number private number withheld caller ID blocked CLIR</source>
        <comment>433 keywords</comment>
        <translation>匿名 隐藏号码 拒绝匿名 主叫号码隐藏 无主叫号码 匿名呼叫拒绝 ACR 来显限制</translation>
    </message>
    <message>
        <source>Bad identity info</source>
        <comment>436 name</comment>
        <translation>身份信息错误</translation>
    </message>
    <message>
        <source>The verification service could not obtain the credential that the Identity header field points to.</source>
        <comment>436 summary</comment>
        <translation>验证服务无法获取 Identity 头域所指向的凭据。</translation>
    </message>
    <message>
        <source>Used by STIR caller authentication, now defined by RFC 8224 (first by RFC 4474, where the phrase was &quot;Bad Identity-Info&quot;). The Identity header field carries a signed PASSporT and an info parameter with the URI of the credential, normally a certificate fetched over HTTPS, that is needed to check the signature. When the verification service, a proxy or UAS on the terminating side, cannot dereference that URI or gets nothing usable back, it may reject the request with this final response. The fault lies with the originating authentication service or with the path between the two; resending the same request will fail again.</source>
        <comment>436 explanation</comment>
        <translation>该状态码用于 STIR 主叫身份认证，现由 RFC 8224 定义（最初由 RFC 4474 定义，当时的原因短语为“Bad Identity-Info”）。Identity 头域携带已签名的 PASSporT，以及一个 info 参数，给出验证签名所需凭据的 URI，该凭据通常是通过 HTTPS 获取的证书。当验证服务（位于被叫侧的代理服务器或 UAS）无法解析该 URI，或取回的内容不可用时，可以用此最终响应拒绝请求。问题出在发起侧的认证服务或双方之间的路径上；原样重发请求仍会失败。</translation>
    </message>
    <message>
        <source>The network could not check who is calling, so the call was refused. This needs fixing at the caller&apos;s provider; report it to them with the time of the call.</source>
        <comment>436 user advice</comment>
        <translation>网络无法核实主叫身份，因此拒绝了这次呼叫。这需要主叫所属的运营商处理，请把呼叫时间告知对方。</translation>
    </message>
    <message>
        <source>Take the info URL from the Identity header field (in STIR/SHAKEN also the x5u of the PASSporT) and fetch it from the verifier&apos;s network: DNS, HTTPS reachability, firewall egress rules, TLS trust and the format of the certificate file are the usual culprits. Check that the originating side publishes the certificate at a stable public URL and that the verifier&apos;s fetch timeout is realistic. Many STIR/SHAKEN networks only mark the verification result instead of rejecting, so a 436 also shows that the terminating side applies a strict policy.</source>
        <comment>436 engineer advice</comment>
        <translation>从 Identity 头域中取出 info URL（STIR/SHAKEN 中还有 PASSporT 的 x5u），在验证方的网络中实际下载一次：DNS、HTTPS 可达性、防火墙出方向规则、TLS 信任以及证书文件格式是最常见的问题。确认发起方把证书发布在稳定的公网 URL 上，验证方的下载超时设置也要合理。许多 STIR/SHAKEN 网络验证失败时只做标记而不拒绝，因此收到 436 也说明被叫侧采用了严格策略。</translation>
    </message>
    <message>
        <source>STIR SHAKEN caller ID authentication certificate URL fetch failed x5u</source>
        <comment>436 keywords</comment>
        <translation>主叫认证 来电认证 证书获取失败 证书下载失败 STIR SHAKEN 身份验证 签名</translation>
    </message>
    <message>
        <source>Unsupported credential</source>
        <comment>437 name</comment>
        <translation>不支持的凭据</translation>
    </message>
    <message>
        <source>The verification service obtained the signer&apos;s credential but cannot use it or does not trust it.</source>
        <comment>437 summary</comment>
        <translation>验证服务已取得签名方的凭据，但无法使用或不信任该凭据。</translation>
    </message>
    <message>
        <source>Defined by RFC 8224 for STIR (in RFC 4474 the phrase was &quot;Unsupported Certificate&quot;). The verification service fetched the credential named in the info parameter of the Identity header field but cannot validate it: the type of credential is not supported, or it does not chain to a certification authority the verifier trusts, for example a STIR/SHAKEN certificate from an authority missing from the verifier&apos;s trust list. It is a final response from the terminating proxy or UAS acting as verifier. The request keeps failing until the originating side signs with a credential the verifier accepts, or the verifier&apos;s trust store is updated.</source>
        <comment>437 explanation</comment>
        <translation>该状态码由 RFC 8224 为 STIR 定义（在 RFC 4474 中原因短语为“Unsupported Certificate”）。验证服务已经下载了 Identity 头域 info 参数所指的凭据，却无法验证它：凭据类型不受支持，或者无法追溯到验证方信任的证书颁发机构，例如颁发 STIR/SHAKEN 证书的机构不在验证方的信任列表中。这是由作为验证方的被叫侧代理服务器或 UAS 发出的最终响应。在发起方改用验证方认可的凭据签名，或验证方更新其信任库之前，请求会一直失败。</translation>
    </message>
    <message>
        <source>The network could not confirm who is calling, so the call was refused. The caller&apos;s provider needs to fix the certificate it uses to sign calls.</source>
        <comment>437 user advice</comment>
        <translation>网络无法确认主叫身份，因此拒绝了这次呼叫。需要主叫所属的运营商修复其用于呼叫签名的证书。</translation>
    </message>
    <message>
        <source>Download the certificate from the info URL and check its issuer chain, validity dates, key and signature algorithm (ES256 for SHAKEN) and TN authorization extension against the verifier&apos;s trust anchors (for SHAKEN, the list published by the policy administrator). An expired or revoked certificate, a missing intermediate certificate, or a newly approved certification authority not yet in the verifier&apos;s trust store are typical causes. Compare with a call from another carrier that verifies successfully.</source>
        <comment>437 engineer advice</comment>
        <translation>从 info URL 下载证书，对照验证方的信任锚（SHAKEN 中为策略管理机构发布的列表）检查其颁发者证书链、有效期、密钥与签名算法（SHAKEN 为 ES256）以及号码授权扩展。证书过期或已吊销、缺少中间证书、新获批的证书颁发机构尚未加入验证方信任库，都是常见原因。可与其他运营商验证成功的呼叫进行对比。</translation>
    </message>
    <message>
        <source>STIR SHAKEN certificate untrusted CA trust anchor expired certificate</source>
        <comment>437 keywords</comment>
        <translation>证书不受信任 证书不支持 证书过期 主叫认证 STIR SHAKEN 证书链 信任锚</translation>
    </message>
    <message>
        <source>Invalid identity header</source>
        <comment>438 name</comment>
        <translation>Identity 头域无效</translation>
    </message>
    <message>
        <source>The signature in the Identity header field does not verify for this request.</source>
        <comment>438 summary</comment>
        <translation>Identity 头域中的签名对本请求验证不通过。</translation>
    </message>
    <message>
        <source>Defined by RFC 8224 (first by RFC 4474). The verification service obtained a usable credential, but the signature of the PASSporT in the Identity header field does not validate against the request as received: the token was altered or signed with another key, or its claims (calling and called numbers, time of signing) no longer match the From, To or Date of the request because an intermediary changed them. The terminating proxy or UAS may reject the request with this final response. A verifier that finds the Date too old answers 403 (Stale Date) instead, and 428 (Use Identity Header) asks for an Identity header field that is missing.</source>
        <comment>438 explanation</comment>
        <translation>该状态码由 RFC 8224 定义（最初见于 RFC 4474）。验证服务已取得可用的凭据，但 Identity 头域中 PASSporT 的签名与实际收到的请求对不上：令牌被篡改或用其他密钥签名，或者其声明（主叫号码、被叫号码、签名时间）因中间网元改动过请求而与 From、To 或 Date 不再一致。被叫侧的代理服务器或 UAS 可以用此最终响应拒绝请求。如果验证方发现 Date 过旧，则改用 403（Stale Date）；而 428（Use Identity Header）用于要求提供缺失的 Identity 头域。</translation>
    </message>
    <message>
        <source>The network judged the caller ID of this call to be unreliable and refused the call. Try again later; if it keeps happening, the caller&apos;s provider has to fix it.</source>
        <comment>438 user advice</comment>
        <translation>网络认为这次呼叫的主叫号码不可信，因此拒绝了呼叫。请稍后再试；如果反复出现，需要主叫所属的运营商处理。</translation>
    </message>
    <message>
        <source>Decode the PASSporT (a base64url JSON Web Token) and compare its orig, dest and iat claims with the From or P-Asserted-Identity, To or Request-URI and Date of the request as it arrived. Number normalisation by an SBC or transit carrier (adding or removing + or the country code), a rewritten Date header field and clock skew are frequent causes; so is a key mismatch after a certificate rollover. Capture on both sides of each intermediary to find where the signed fields changed.</source>
        <comment>438 engineer advice</comment>
        <translation>解码 PASSporT（base64url 编码的 JSON Web Token），将其中的 orig、dest 和 iat 声明与实际收到的请求中的 From 或 P-Asserted-Identity、To 或 Request-URI 以及 Date 进行比对。SBC 或转接运营商做号码规整（增删 + 号或国家码）、Date 头域被改写以及时钟偏差是常见原因；证书轮换后密钥不匹配也很常见。在每个中间网元的两侧抓包，找出签名字段是在哪里被改动的。</translation>
    </message>
    <message>
        <source>STIR SHAKEN signature verification failed PASSporT tampered caller ID</source>
        <comment>438 keywords</comment>
        <translation>签名无效 签名校验失败 主叫认证 号码篡改 号码被改写 STIR SHAKEN PASSporT</translation>
    </message>
    <message>
        <source>First hop lacks Outbound</source>
        <comment>439 name</comment>
        <translation>第一跳不支持 Outbound</translation>
    </message>
    <message>
        <source>The registrar supports SIP Outbound, but the first proxy that the REGISTER passed through does not.</source>
        <comment>439 summary</comment>
        <translation>注册服务器支持 SIP Outbound，但 REGISTER 经过的第一个代理服务器不支持。</translation>
    </message>
    <message>
        <source>Defined by RFC 5626 (SIP Outbound). A user agent asks for Outbound by registering with a reg-id parameter in the Contact and the outbound option tag in a Supported header field. Outbound only works if the edge proxy that holds the user agent&apos;s connection supports it; such a proxy shows this by adding a Path header field whose URI carries the ob parameter. When the registrar receives an Outbound registration without that marker from the first hop, it rejects it with this final response; it must not send 439 to requests lacking reg-id and the outbound option tag. The user agent may then register again without Outbound, subject to local policy, or use another outbound proxy.</source>
        <comment>439 explanation</comment>
        <translation>该状态码由 RFC 5626（SIP Outbound）定义。用户代理在注册时，如果在 Contact 中带 reg-id 参数，并在 Supported 头域中带 outbound 选项标签，就表示请求使用 Outbound。Outbound 只有在保持用户代理连接的边缘代理服务器也支持时才能工作；这样的代理服务器会添加一个 URI 带 ob 参数的 Path 头域来表明这一点。注册服务器收到 Outbound 注册却没有看到第一跳的这一标记时，就以此最终响应拒绝；对不含 reg-id 和 outbound 选项标签的请求，不得发送 439。用户代理随后可根据本地策略不使用 Outbound 重新注册，或改用其他出局代理服务器。</translation>
    </message>
    <message>
        <source>Your phone could not sign in because its connection settings do not match the service. Ask your administrator or provider to check the phone&apos;s account settings.</source>
        <comment>439 user advice</comment>
        <translation>由于话机的连接设置与服务不匹配，话机无法完成注册。请让管理员或运营商检查话机的账号设置。</translation>
    </message>
    <message>
        <source>Check the REGISTER: reg-id and +sip.instance in the Contact plus Supported: outbound mean the user agent asks for Outbound (many PJSIP-based clients do this by default over TCP or TLS). Either enable Outbound on the edge proxy or SBC so that it adds a Path with the ob parameter, or disable Outbound in the user agent (use_rfc5626 in pjsua). A client that does not fall back after a 439 stays unregistered, so confirm that it retries without Outbound.</source>
        <comment>439 engineer advice</comment>
        <translation>检查 REGISTER：Contact 中的 reg-id 和 +sip.instance 加上 Supported: outbound，表示用户代理在请求使用 Outbound（许多基于 PJSIP 的客户端在 TCP 或 TLS 上默认如此）。要么在边缘代理服务器或 SBC 上启用 Outbound，使其添加带 ob 参数的 Path；要么在用户代理上关闭 Outbound（pjsua 中为 use_rfc5626）。收到 439 后不回退的客户端会一直处于未注册状态，因此要确认它会在不使用 Outbound 的情况下重试。</translation>
    </message>
    <message>
        <source>outbound registration failed Path ob edge proxy reg-id</source>
        <comment>439 keywords</comment>
        <translation>注册失败 Outbound 边缘代理 Path 第一跳 reg-id 出局代理</translation>
    </message>
    <message>
        <source>Max-Breadth exceeded</source>
        <comment>440 name</comment>
        <translation>超出 Max-Breadth 限制</translation>
    </message>
    <message>
        <source>A forking proxy refused the request because no parallel-forking budget (Max-Breadth) was left for it.</source>
        <comment>440 summary</comment>
        <translation>进行分叉的代理服务器已没有剩余的并行分叉额度（Max-Breadth），因此拒绝了请求。</translation>
    </message>
    <message>
        <source>Defined by RFC 5393, which protects SIP networks against amplification through forking. The Max-Breadth header field limits how many branches of one request may be in progress in parallel across the whole network. A proxy that forks in parallel shares the value it received among the branches it starts, and a proxy that finds no Max-Breadth header field inserts one (RFC 5393 suggests 60); branches tried one after another can reuse the breadth of branches that have finished. When a proxy has no breadth left for the branch it wants to start, it returns this final response instead of forwarding. Resending the same request gives the same result: the routing that multiplies branches has to change.</source>
        <comment>440 explanation</comment>
        <translation>该状态码由 RFC 5393 定义，用于防止利用分叉对 SIP 网络进行放大攻击。Max-Breadth 头域限制同一请求在整个网络中可同时进行的分支数。进行并行分叉的代理服务器把收到的额度分给它发起的各个分支；请求中没有 Max-Breadth 头域时，代理服务器会自行插入一个（RFC 5393 建议取 60）；依次尝试的分支可以重复使用已结束分支的额度。当代理服务器已没有额度分给要发起的分支时，就返回此最终响应而不再转发。原样重发请求结果相同，必须修改导致分支成倍增加的路由。</translation>
    </message>
    <message>
        <source>The call could not be routed because the network tried to reach too many destinations at once. Try again later; if it persists, report it to your provider.</source>
        <comment>440 user advice</comment>
        <translation>由于网络同时尝试联系的目的地过多，呼叫无法完成路由。请稍后再试；如果问题持续，请向运营商报告。</translation>
    </message>
    <message>
        <source>Look for a request that fans out too widely: a user registered on many devices, ring-all groups that contain other groups, or a routing loop that spirals through forking proxies so that the number of branches grows on each pass. Check the Max-Breadth value of the request at each hop (a B2BUA that resets or lowers it, or a small value configured at the edge) and the forking configuration of every proxy. Remove the loop or flatten the groups instead of raising the limits blindly.</source>
        <comment>440 engineer advice</comment>
        <translation>查找扇出过宽的请求：用户在大量设备上注册、同振组中又嵌套了其他组，或者路由环路在多个分叉代理服务器之间螺旋往返，导致分支数每绕一圈就增加一次。检查请求在每一跳的 Max-Breadth 取值（某个 B2BUA 重置或调低了它，或边缘配置了过小的值），以及每个代理服务器的分叉配置。应消除环路或拆平嵌套的组，而不是盲目调大限制。</translation>
    </message>
    <message>
        <source>fork amplification parallel forking ring all branches hunt group</source>
        <comment>440 keywords</comment>
        <translation>分叉过多 并行分叉 同振 群振 振铃组 环路 放大攻击</translation>
    </message>
    <message>
        <source>Bad info package</source>
        <comment>469 name</comment>
        <translation>Info Package 错误</translation>
    </message>
    <message>
        <source>The recipient rejects an INFO request for an Info Package it has not said it is willing to receive.</source>
        <comment>469 summary</comment>
        <translation>接收方拒绝了一个 INFO 请求，因为其所属的 Info Package 是接收方未声明愿意接收的。</translation>
    </message>
    <message>
        <source>Defined by the INFO Package framework of RFC 6086. Each user agent lists the Info Packages it accepts in a Recv-Info header field (in the INVITE, its reliable responses and later requests), and an INFO request names its package in the Info-Package header field. A user agent that receives an INFO for a package it has not indicated must answer with this final response, including a Recv-Info header field that lists the packages it does accept (empty if none). Only that INFO transaction fails; the dialog and the call continue. The sender should stop using that package or send only packages from the list. Legacy INFO without an Info-Package header field is outside this mechanism.</source>
        <comment>469 explanation</comment>
        <translation>该状态码由 RFC 6086 的 INFO Package 框架定义。每个用户代理在 Recv-Info 头域中列出自己接受的 Info Package（在 INVITE、其可靠响应以及后续请求中携带），INFO 请求则在 Info-Package 头域中注明所属的包。用户代理收到一个属于其未声明的包的 INFO 时，必须以此最终响应作答，并携带 Recv-Info 头域列出它接受的包（若一个都不接受则为空）。失败的只是这一个 INFO 事务，对话和呼叫照常继续。发送方应停止使用该包，或只发送列表中的包。不带 Info-Package 头域的传统 INFO 不在这一机制的范围内。</translation>
    </message>
    <message>
        <source>A function used during the call, such as sending keypad tones, was not accepted by the other side. The call itself continues; if the function matters, report it to your administrator.</source>
        <comment>469 user advice</comment>
        <translation>通话中使用的某项功能（例如发送按键音）未被对方接受。通话本身不受影响；如果该功能很重要，请向管理员报告。</translation>
    </message>
    <message>
        <source>Compare the Info-Package header field of the rejected INFO with the Recv-Info the peer sent in its INVITE, 18x or 200 responses. Typical mismatches: DTMF sent as INFO with a package the far end never announced, or a B2BUA or SBC that drops Recv-Info so the sender never learns what is accepted. If the peer only supports RFC 4733 telephone events or legacy INFO, set the DTMF mode to match.</source>
        <comment>469 engineer advice</comment>
        <translation>将被拒 INFO 的 Info-Package 头域与对端在 INVITE、18x 或 200 响应中发送的 Recv-Info 进行比对。常见的不匹配包括：用对端从未声明过的包以 INFO 方式发送 DTMF，或者 B2BUA、SBC 去掉了 Recv-Info，使发送方无从得知对端接受哪些包。如果对端只支持 RFC 4733 电话事件或传统 INFO，请相应调整 DTMF 方式。</translation>
    </message>
    <message>
        <source>INFO DTMF Recv-Info Info-Package rejected keypad tones</source>
        <comment>469 keywords</comment>
        <translation>INFO 信息包 DTMF 二次拨号 按键 按键音 Recv-Info</translation>
    </message>
    <message>
        <source>Consent needed</source>
        <comment>470 name</comment>
        <translation>需要同意</translation>
    </message>
    <message>
        <source>A relay will not forward the request because at least one target has not agreed to receive traffic through it.</source>
        <comment>470 summary</comment>
        <translation>由于至少有一个目标尚未同意经由该中继接收消息，中继不转发此请求。</translation>
    </message>
    <message>
        <source>Defined by the SIP consent framework (RFC 5360), which stops relays such as URI-list services, which fan a MESSAGE or INVITE out to many recipients, from being abused to flood people. A relay that has no permission to send to one or more of the requested targets rejects the request with this final response and should list the URIs lacking permission in a Permission-Missing header field. The sender can then ask the relay to obtain permission, using a request with a Trigger-Consent header field; the relay sends each target a permission request, and once the target grants it the original request can be sent again. Resending before consent is given fails again.</source>
        <comment>470 explanation</comment>
        <translation>该状态码由 SIP 同意框架（RFC 5360）定义，其目的是防止中继（例如把一个 MESSAGE 或 INVITE 分发给众多接收者的 URI 列表服务）被滥用来轰炸他人。中继对所请求的一个或多个目标没有发送许可时，以此最终响应拒绝请求，并应在 Permission-Missing 头域中列出缺少许可的 URI。发送方随后可以发送带 Trigger-Consent 头域的请求，让中继去征求许可；中继向每个目标发送许可请求，目标同意后即可重新发送原请求。在取得同意之前重发，仍会失败。</translation>
    </message>
    <message>
        <source>Your message or call was not passed on because some recipients have not yet agreed to receive it. They need to accept the invitation first; then try again.</source>
        <comment>470 user advice</comment>
        <translation>您的消息或呼叫没有被转发，因为部分接收者尚未同意接收。需要他们先接受邀请，然后请再试一次。</translation>
    </message>
    <message>
        <source>Read the Permission-Missing header field to see which targets lack consent, and check the relay&apos;s permission store (the authorization policy of the URI-list, messaging or conference server) for those targets. If recipients never see the permission request, trace the request the relay sends them and check that the address they must answer to grant permission is reachable. For list services, make sure new members are asked for consent when they are added, instead of every send failing later.</source>
        <comment>470 engineer advice</comment>
        <translation>查看 Permission-Missing 头域，确认哪些目标缺少同意，并检查中继（URI 列表、消息或会议服务器的授权策略）中这些目标的许可记录。如果接收者始终看不到许可请求，请跟踪中继发给他们的请求，并确认他们同意时需要访问的地址是可达的。对于列表类服务，应在添加新成员时就征求其同意，而不是等到以后每次发送都失败。</translation>
    </message>
    <message>
        <source>consent permission URI list relay Permission-Missing Trigger-Consent broadcast</source>
        <comment>470 keywords</comment>
        <translation>同意 授权 许可 群发 URI列表 中继 未授权接收 Permission-Missing</translation>
    </message>
    <message>
        <source>Temporarily unavailable</source>
        <comment>480 name</comment>
        <translation>暂时无法接通</translation>
    </message>
    <message>
        <source>The callee was found but cannot be reached right now, or no current location is known for them.</source>
        <comment>480 summary</comment>
        <translation>已找到被叫，但目前无法接通，或者当前没有该用户的有效位置。</translation>
    </message>
    <message>
        <source>RFC 3261 uses this final response in two cases. The callee&apos;s UAS sends it when the user is currently unavailable: not logged in, in a state that precludes communication, or with do-not-disturb active. A proxy or redirect server sends it when it recognises the user in the Request-URI but has no valid current location; RFC 3261 recommends 480 when a proxy&apos;s target set stays empty, which is what an unregistered phone produces. The reason phrase should state the precise cause, and a Retry-After header field may say when to call again. The user could be reachable elsewhere, so a forking proxy continues with other branches. 486 (Busy Here) is the more precise answer when the user is busy.</source>
        <comment>480 explanation</comment>
        <translation>RFC 3261 在两种情况下使用此最终响应。被叫的用户代理服务器 (UAS) 在用户当前不可用时发送：未登录、处于无法通信的状态，或开启了免打扰。代理服务器或重定向服务器在识别出 Request-URI 中的用户、却没有其有效的当前位置时发送；RFC 3261 建议代理服务器在目标集合为空时返回 480，话机未注册时就是这种情况。原因短语应说明具体原因，Retry-After 头域可以提示何时再呼。用户可能在其他地方可以接通，因此进行分叉的代理服务器会继续尝试其他分支。如果用户是忙，486（Busy Here）是更准确的响应。</translation>
    </message>
    <message>
        <source>The person you called cannot be reached at the moment: the phone may be switched off, offline or set to do not disturb. Try again later or leave a message.</source>
        <comment>480 user advice</comment>
        <translation>您呼叫的用户暂时无法接通：话机可能已关机、离线或设置了免打扰。请稍后再拨或给对方留言。</translation>
    </message>
    <message>
        <source>First find which element generated it (Via, Server or User-Agent header field and To tag). A 480 from a registrar or proxy usually means no registered contact: check the callee&apos;s registration, its expiry and NAT keep-alive. A 480 from the phone itself often means do-not-disturb. Gateways map ISDN causes 19 (no answer from user) and 20 (subscriber absent) to 480, so look for a Reason header field carrying the Q.850 cause. Read the reason phrase too, because many servers put the real cause there.</source>
        <comment>480 engineer advice</comment>
        <translation>首先确定是哪个网元产生的（看 Via、Server 或 User-Agent 头域以及 To 标签）。注册服务器或代理服务器发出的 480 通常表示没有已注册的联系地址：检查被叫的注册状态、注册有效期和 NAT 保活。话机自身发出的 480 往往表示开启了免打扰。网关会把 ISDN 原因值 19（用户无应答）和 20（用户不在）映射为 480，因此请查看携带 Q.850 原因值的 Reason 头域。也要看原因短语，很多服务器会把真正的原因写在那里。</translation>
    </message>
    <message>
        <source>unavailable offline not registered DND do not disturb no answer switched off</source>
        <comment>480 keywords</comment>
        <translation>暂时无法接通 不在线 未注册 离线 免打扰 无人接听 关机 不可达</translation>
    </message>
    <message>
        <source>Call/transaction does not exist</source>
        <comment>481 name</comment>
        <translation>呼叫/事务不存在</translation>
    </message>
    <message>
        <source>The request refers to a dialog or transaction that the recipient does not know, or no longer knows.</source>
        <comment>481 summary</comment>
        <translation>请求所指的对话或事务，接收方并不知道或已不再存在。</translation>
    </message>
    <message>
        <source>A UAS sends this final response when a request matches no existing dialog or transaction: a BYE, re-INVITE, UPDATE, INFO or NOTIFY carrying a To tag for a dialog it has already ended or never had, or a CANCEL for which no matching INVITE transaction exists. RFC 3261 notes that the recipient may have crashed and restarted, or that the request may have been misrouted. For the sender the answer is definitive: when a request inside a dialog gets 481 (or 408), the UAC should consider the dialog gone, and an INVITE dialog is ended with a BYE; a BYE answered with 481 means the session is over anyway. The request is not retried, but a new call can be set up.</source>
        <comment>481 explanation</comment>
        <translation>如果收到的请求对不上任何现有的对话或事务，用户代理服务器 (UAS) 就发送此最终响应，例如：带有 To 标签的 BYE、re-INVITE、UPDATE、INFO 或 NOTIFY 指向一个它已结束或从未有过的对话，或者某个 CANCEL 找不到与之匹配的 INVITE 事务。RFC 3261 指出，接收方可能已崩溃并重启，或者请求被路由错了。对发送方来说这一答复是确定性的：对话内的请求收到 481（或 408）时，UAC 应认为该对话已不存在，INVITE 建立的对话要用 BYE 结束；BYE 收到 481 则说明会话反正已经结束。该请求不会重试，但可以重新发起呼叫。</translation>
    </message>
    <message>
        <source>The call or request referred to a session that the other side had already ended, often after a restart or a broken connection. Hang up and call again.</source>
        <comment>481 user advice</comment>
        <translation>该呼叫或请求所指的会话已被对方结束，通常是因为重启或连接中断。请挂机后重新拨打。</translation>
    </message>
    <message>
        <source>Compare the Call-ID, From tag, To tag and CSeq of the failing request with the peer&apos;s dialog. Typical causes: a peer that restarted or failed over without shared state, a session timer or NAT timeout that ended the call on one side only, a B2BUA or SBC that rewrote tags, or a BYE or re-INVITE routed to the wrong node of a cluster (wrong Contact or Record-Route). A 481 to CANCEL usually means that the CANCEL overtook the INVITE or reached another server; check that it went to the same destination with the same Via branch.</source>
        <comment>481 engineer advice</comment>
        <translation>将失败请求的 Call-ID、From 标签、To 标签和 CSeq 与对端的对话进行比对。常见原因：对端重启或主备切换后没有共享状态、会话定时器或 NAT 超时只让一侧结束了呼叫、B2BUA 或 SBC 改写了标签，或者 BYE、re-INVITE 被路由到集群中的错误节点（Contact 或 Record-Route 不对）。CANCEL 收到 481 通常表示 CANCEL 比 INVITE 先到，或到达了另一台服务器；请确认它与 INVITE 发往同一目的地，且 Via branch 相同。</translation>
    </message>
    <message>
        <source>no dialog unknown dialog stale BYE call leg lost session lost restart</source>
        <comment>481 keywords</comment>
        <translation>对话不存在 事务不存在 呼叫不存在 BYE失败 挂断失败 会话丢失 对端重启</translation>
    </message>
    <message>
        <source>In GB/T 28181 cascades a 481 often follows a restart of the remote or other-domain platform: the BYE, INFO playback control or other in-dialog request refers to a stream dialog that the restarted platform no longer holds. Check the peer&apos;s uptime or logs, then release the stale stream locally and request the video again with a new INVITE.</source>
        <comment>481 platform notes</comment>
        <translation>在 GB/T 28181 级联中，481 常常出现在远端或外域平台重启之后：BYE、INFO 回放控制或其他对话内请求指向的视频流对话，在重启后的平台上已不复存在。请检查对端平台的运行时长或日志，然后在本端释放失效的视频流，并用新的 INVITE 重新请求视频。</translation>
    </message>
    <message>
        <source>Loop detected</source>
        <comment>482 name</comment>
        <translation>检测到环路</translation>
    </message>
    <message>
        <source>A server found that the request has come back to it unchanged, or has reached the same user agent twice.</source>
        <comment>482 summary</comment>
        <translation>服务器发现请求原样回到了自己这里，或者同一请求两次到达同一个用户代理。</translation>
    </message>
    <message>
        <source>Two situations produce this final response. A proxy doing loop detection (optional in RFC 3261 §16.3, required by RFC 5393 for proxies that fork) finds a Via value it inserted itself, recomputes the branch parameter and gets the same value, which means the request returned unchanged instead of spiralling legitimately through the proxy with a new Request-URI. A UAS also answers 482 to a merged request: a request without To tag whose From tag, Call-ID and CSeq match an ongoing transaction but which arrived by another path, typically a forked INVITE reaching the same phone twice. Resending the same request does not help; the routing has to be fixed.</source>
        <comment>482 explanation</comment>
        <translation>有两种情况会产生此最终响应。一是执行环路检测的代理服务器（RFC 3261 §16.3 中为可选，RFC 5393 要求进行分叉的代理服务器必须检测）发现请求中有自己插入的 Via 值，重新计算 branch 参数后得到相同的值，说明请求原样绕了回来，而不是以新的 Request-URI 正常“螺旋”经过本代理。二是用户代理服务器 (UAS) 收到合并请求时也回 482：请求没有 To 标签，其 From 标签、Call-ID 和 CSeq 与一个进行中的事务相同，却经由另一条路径到达，典型情况是分叉后的 INVITE 两次到达同一部话机。原样重发没有用，必须修正路由。</translation>
    </message>
    <message>
        <source>The call could not be connected because of a routing fault in the network. Report it to your provider or administrator; trying again will not help until it is fixed.</source>
        <comment>482 user advice</comment>
        <translation>由于网络中的路由故障，呼叫无法接通。请向运营商或管理员报告；在修复之前重拨也不会成功。</translation>
    </message>
    <message>
        <source>Read the Via header fields of the request that triggered the 482: hosts that repeat show the loop. Typical causes are two proxies or PBXs routing a number to each other (a forwarding rule or default route pointing back), a domain or alias missing from a proxy&apos;s list of local domains (Kamailio&apos;s alias parameter, for example) so that it forwards requests meant for itself, and DNS or SRV records pointing to the wrong node. For merged requests, check the forking setup: the same contact registered twice, or two routes that reach the same device.</source>
        <comment>482 engineer advice</comment>
        <translation>查看触发 482 的请求中的 Via 头域：重复出现的主机就显示了环路。常见原因有：两台代理服务器或 PBX 互相把某个号码路由给对方（前转规则或默认路由指回了对方）；代理服务器的本地域列表中缺少某个域名或别名（例如 Kamailio 的 alias 参数），导致它把发给自己的请求又转发出去；DNS 或 SRV 记录指向了错误的节点。对于合并请求，请检查分叉配置：同一联系地址注册了两次，或两条路由通向同一台设备。</translation>
    </message>
    <message>
        <source>routing loop merged request forwarding loop Via</source>
        <comment>482 keywords</comment>
        <translation>环路 路由环路 循环 合并请求 路由错误 Via</translation>
    </message>
    <message>
        <source>Too many hops</source>
        <comment>483 name</comment>
        <translation>跳数过多</translation>
    </message>
    <message>
        <source>The request reached a server with Max-Forwards at zero, so it may not be forwarded any further.</source>
        <comment>483 summary</comment>
        <translation>请求到达某台服务器时 Max-Forwards 已为零，不能再继续转发。</translation>
    </message>
    <message>
        <source>Every request carries a Max-Forwards header field, which the UAC should set to 70 and each proxy decrements by one. A server that receives a request with Max-Forwards 0 must not forward it and answers with this final response; only for OPTIONS may it answer the request itself instead. In practice a 483 almost always means a routing loop that went round until the counter ran out, or a chain of elements that starts from a value that is too small. B2BUAs that start their outgoing leg with a fresh Max-Forwards can hide a loop from this mechanism, which RFC 7332 addresses. Resending the request unchanged fails again.</source>
        <comment>483 explanation</comment>
        <translation>每个请求都带有 Max-Forwards 头域，UAC 应将其设为 70，每个代理服务器转发时减一。服务器收到 Max-Forwards 为 0 的请求时，不得再转发，并以此最终响应作答；只有对 OPTIONS 才可以自行应答。实际上 483 几乎总是意味着路由环路，请求一直绕圈直到计数用完，或者某条链路上的网元从一个过小的初值开始。在出局侧重新设置 Max-Forwards 的 B2BUA 会让这一机制发现不了环路，RFC 7332 专门讨论了这一问题。原样重发请求仍会失败。</translation>
    </message>
    <message>
        <source>The call could not be connected because it went round in circles inside the network. Report it to your provider or administrator.</source>
        <comment>483 user advice</comment>
        <translation>呼叫在网络内部绕圈，因此无法接通。请向运营商或管理员报告。</translation>
    </message>
    <message>
        <source>Look at the Max-Forwards value and at the Via and Record-Route lists of the failing request: a long list of the same hosts shows the loop. Check routing tables and dial plans for routes that point back (a default route on both sides of a trunk, call forwarding between two systems, a number that matches its own prefix) and whether some element sets Max-Forwards too low. Make sure B2BUAs such as Asterisk, FreeSWITCH and SBCs pass on a decremented Max-Forwards instead of resetting it.</source>
        <comment>483 engineer advice</comment>
        <translation>查看失败请求的 Max-Forwards 值以及 Via 和 Record-Route 列表：一长串重复的主机就说明存在环路。检查路由表和拨号规则中指回来源的路由（中继两侧都配置了默认路由、两套系统之间互相呼叫前转、号码匹配到了自身前缀），以及是否有网元把 Max-Forwards 设得过小。确保 Asterisk、FreeSWITCH、SBC 等 B2BUA 向下传递递减后的 Max-Forwards，而不是将其重置。</translation>
    </message>
    <message>
        <source>hop count Max-Forwards routing loop endless loop</source>
        <comment>483 keywords</comment>
        <translation>跳数 跳数过多 Max-Forwards 环路 路由循环 死循环</translation>
    </message>
    <message>
        <source>On GB/T 28181 platforms a 483 usually points to an identity mistake rather than a congested network: when a device, channel or platform ID is configured twice or in the wrong domain, platforms pass the request back and forth until the hop count is used up. Check the SIP server ID, domain and device ID set on the device or lower-level platform against the upper-level platform&apos;s configuration.</source>
        <comment>483 platform notes</comment>
        <translation>在 GB/T 28181 平台上，483 通常指向编号配置错误，而不是网络拥塞：某个设备、通道或平台的 ID 被重复配置，或配置在了错误的域中时，平台之间会来回转发请求，直到跳数用尽。请对照上级平台的配置，检查设备或下级平台上设置的 SIP 服务器 ID、域和设备 ID。</translation>
    </message>
    <message>
        <source>Address incomplete</source>
        <comment>484 name</comment>
        <translation>地址不完整</translation>
    </message>
    <message>
        <source>The number or address in the Request-URI is incomplete and cannot be routed yet.</source>
        <comment>484 summary</comment>
        <translation>Request-URI 中的号码或地址不完整，暂时无法路由。</translation>
    </message>
    <message>
        <source>A server, often a proxy, PBX or PSTN gateway performing digit analysis, sends this final response when the Request-URI is incomplete, and should give more detail in the reason phrase. The code makes overlap dialling possible, where the client does not know in advance how many digits the number has: it sends the digits collected so far, and each time it gets 484 it waits for more digits and tries again with a new INVITE carrying the longer number. Outside overlap dialling it simply means that the dialled number was too short or that a dial plan cut it off, and the request has to be corrected before it is sent again.</source>
        <comment>484 explanation</comment>
        <translation>当 Request-URI 不完整时，服务器（通常是进行号码分析的代理服务器、PBX 或 PSTN 网关）发送此最终响应，并应在原因短语中给出更多细节。借助该状态码可以实现重叠拨号：客户端事先不知道完整号码有几位，就先把已收到的数字发出去，每收到一次 484 便等用户再拨几位，然后用携带更长号码的新 INVITE 再试。在不使用重叠拨号的场合，它只是表示所拨号码太短或被拨号规则截断了，必须修正请求后再发送。</translation>
    </message>
    <message>
        <source>The number you dialled seems to be incomplete. Check it, including any area or country code, and dial again.</source>
        <comment>484 user advice</comment>
        <translation>您拨打的号码似乎不完整。请检查号码（包括区号或国家码）后重新拨打。</translation>
    </message>
    <message>
        <source>Compare the digits in the Request-URI and To header field with the numbering plan of the carrier or PBX: a missing area code, a lost prefix, a digit map that sends the call before all digits are collected (inter-digit timeout on the phone too short), or normalisation that strips digits. Gateways map ISDN cause 28 (invalid number format) to 484. If a PSTN gateway uses overlap signalling, check that the SIP side is set up for it, or switch the gateway to en-bloc sending.</source>
        <comment>484 engineer advice</comment>
        <translation>将 Request-URI 和 To 头域中的号码与运营商或 PBX 的编号计划进行比对：是否缺少区号、丢失前缀、号码规则（digit map）在收齐号码前就发出了呼叫（话机位间超时过短），或号码规整时删掉了数字。网关会把 ISDN 原因值 28（号码格式无效）映射为 484。如果 PSTN 网关使用重叠发码，请确认 SIP 侧已相应配置，或将网关改为整体发码。</translation>
    </message>
    <message>
        <source>incomplete number short number overlap dialing digits missing dial plan</source>
        <comment>484 keywords</comment>
        <translation>号码不全 号码不完整 位数不足 重叠拨号 拨号规则 位间超时</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <comment>485 name</comment>
        <translation>地址不明确</translation>
    </message>
    <message>
        <source>The Request-URI matches several possible users, and the server cannot tell which one is meant.</source>
        <comment>485 summary</comment>
        <translation>Request-URI 与多个可能的用户相匹配，服务器无法判断指的是哪一个。</translation>
    </message>
    <message>
        <source>A proxy or UAS sends this final response when the Request-URI does not identify a single target, for example sip:lee@example.com when the directory holds several people called Lee; RFC 3261 asks a proxy to return it when the Request-URI gives too little information to build a target set. The response may list unambiguous alternatives in Contact header fields. Unlike 300 (Multiple Choices), whose choices all reach the same person or service, the alternatives here are different people, so the user has to choose and automatic selection is not appropriate. Because the list can reveal private information, servers must be configurable to answer 404 (Not Found) or to leave the list out.</source>
        <comment>485 explanation</comment>
        <translation>当 Request-URI 不能唯一确定一个目标时，代理服务器或用户代理服务器 (UAS) 发送此最终响应，例如目录中有好几个叫 Lee 的人时呼叫 sip:lee@example.com；RFC 3261 要求代理服务器在 Request-URI 提供的信息不足以构成目标集合时返回它。响应可以在 Contact 头域中列出明确的候选地址。与 300（Multiple Choices）不同，300 的各个选项都指向同一个人或同一项服务，而这里的候选是不同的人，因此必须由用户选择，不宜自动选择。出于隐私考虑，RFC 要求服务器可以通过配置改为返回 404（Not Found），或不附带候选列表。</translation>
    </message>
    <message>
        <source>The name or number you called matches more than one person. Use a more precise address, such as the full name or the extension number, and call again.</source>
        <comment>485 user advice</comment>
        <translation>您呼叫的名称或号码与多人相匹配。请使用更精确的地址（例如全名或分机号）后重新拨打。</translation>
    </message>
    <message>
        <source>Check the directory or alias lookup on the server that sent the 485: short names, first-name aliases or partial numbers that match several entries, or duplicate aliases after a user import. The Contact header fields of the response show the candidates if the server lists them. Clean up the alias table or require unique identifiers in the dial plan; where privacy matters, configure the server to answer 404 instead.</source>
        <comment>485 engineer advice</comment>
        <translation>检查发出 485 的服务器上的目录或别名查找：简称、仅名字的别名或不完整号码匹配到多个条目，或批量导入用户后出现重复别名。如果服务器列出了候选，可在响应的 Contact 头域中看到。整理别名表，或在拨号规则中要求使用唯一标识；注重隐私的场合，请将服务器配置为改回 404。</translation>
    </message>
    <message>
        <source>ambiguous multiple matches duplicate alias directory lookup same name</source>
        <comment>485 keywords</comment>
        <translation>地址不明确 多个匹配 重名 别名重复 歧义 目录查找</translation>
    </message>
    <message>
        <source>Busy here</source>
        <comment>486 name</comment>
        <translation>被叫忙</translation>
    </message>
    <message>
        <source>The callee&apos;s device was reached but is busy and will not take another call now.</source>
        <comment>486 summary</comment>
        <translation>已联系到被叫终端，但被叫正忙，目前不接受新的呼叫。</translation>
    </message>
    <message>
        <source>The user agent server of the called party was contacted successfully, but the user is not willing or not able to take an additional call at this end system. It is a final response sent by the callee&apos;s UAS (or a B2BUA or gateway acting for it), never by a proxy on its own behalf. The busy state is local to this device: the user may be reachable elsewhere, so a forking proxy keeps trying other branches and voicemail or call forwarding on busy may take over. A Retry-After header field may say when to call again. Unlike 600 (Busy Everywhere), it does not end the search for the user.</source>
        <comment>486 explanation</comment>
        <translation>已成功联系到被叫方的用户代理服务器 (UAS)，但用户在该终端上不愿意或无法再接听新的呼叫。这是由被叫 UAS（或代表其工作的 B2BUA、网关）发送的最终响应，代理服务器不会自行产生该响应。忙状态只针对这一台终端：用户可能在其他地方仍可接通，因此进行分叉的代理服务器会继续尝试其他分支，遇忙转语音信箱或遇忙呼叫前转也可能接管呼叫。响应中可以携带 Retry-After 头域，提示何时再呼。与 600（Busy Everywhere）不同，486 不会终止对该用户的查找。</translation>
    </message>
    <message>
        <source>The person you called is on another call or has set the phone to reject further calls. Try again later or leave a message.</source>
        <comment>486 user advice</comment>
        <translation>您呼叫的用户正在通话中，或已将话机设置为拒绝更多来电。请稍后再拨，或给对方留言。</translation>
    </message>
    <message>
        <source>Check whether the callee really was busy: look at the concurrent-call limit (call waiting disabled, one channel per trunk, license limits on a PBX or gateway), do-not-disturb set to answer 486, and a gateway mapping ISDN cause 17 (user busy). If every call to a destination gets 486, capture the INVITE and find which element sent the response (its Via, Server or User-Agent header field) instead of trusting the first hop.</source>
        <comment>486 engineer advice</comment>
        <translation>先确认被叫是否真的忙：检查并发呼叫限制（关闭了呼叫等待、中继每路只允许一个通道、PBX 或网关的许可数限制）、设置为以 486 作答的免打扰功能，以及网关对 ISDN 原因值 17（用户忙）的映射。如果发往某个目的地的所有呼叫都收到 486，请抓取 INVITE，根据 Via、Server 或 User-Agent 头域找出真正发出该响应的网元，不要只看第一跳。</translation>
    </message>
    <message>
        <source>busy engaged occupied line in use</source>
        <comment>486 keywords</comment>
        <translation>忙 用户忙 占线 通话中 忙音</translation>
    </message>
    <message>
        <source>Request terminated</source>
        <comment>487 name</comment>
        <translation>请求已终止</translation>
    </message>
    <message>
        <source>The request was cancelled (by CANCEL, BYE or expiry) before the server gave a final answer.</source>
        <comment>487 summary</comment>
        <translation>请求在服务器给出最终答复之前被取消（通过 CANCEL、BYE 或超时）。</translation>
    </message>
    <message>
        <source>In the usual case the caller sends CANCEL for an INVITE that has not yet received a final response, typically because the caller hung up while it was ringing. The UAS answers the CANCEL with 200 (OK) and the INVITE with this final response, which the caller&apos;s user agent acknowledges with ACK. A UAS also sends 487 to requests still pending when a BYE ends their dialog, and when the time in an INVITE&apos;s Expires header field passes without a final response. A forking proxy cancels the remaining branches once one of them answers, so 487 on those branches is normal. It is never sent in answer to a CANCEL itself, and the request is not retried.</source>
        <comment>487 explanation</comment>
        <translation>最常见的情况是：主叫对一个尚未收到最终响应的 INVITE 发送 CANCEL，通常是因为主叫在振铃时挂机。用户代理服务器 (UAS) 对 CANCEL 回 200（OK），对 INVITE 回此最终响应，主叫的用户代理再以 ACK 确认。当 BYE 结束对话时，UAS 也会对该对话中仍未处理完的请求回 487；INVITE 的 Expires 头域所给的时间到期而尚未给出最终响应时，同样如此。进行分叉的代理服务器在某个分支应答后会取消其余分支，因此这些分支上出现 487 是正常的。487 从不用于答复 CANCEL 本身，请求也不会重试。</translation>
    </message>
    <message>
        <source>The call was cancelled before it was answered, usually because the caller hung up or the call was picked up on another phone. No action is needed unless this happens without anyone hanging up.</source>
        <comment>487 user advice</comment>
        <translation>呼叫在接听前被取消了，通常是因为主叫挂机或已在另一部话机上接听。除非在无人挂机的情况下也出现，否则无需处理。</translation>
    </message>
    <message>
        <source>Find who sent the CANCEL and why: the caller hung up, a no-answer timer on a PBX or proxy (ring timeout, Timer C, the INVITE&apos;s Expires), a call picked up on another forked device, or an SBC or gateway that gave up. Check the Reason header field of the CANCEL: an RFC 3326 value such as SIP;cause=200;text=&quot;Call completed elsewhere&quot; explains the forking case. If calls are cancelled after a fixed time that nobody configured, compare the ringing time with the timers of every element on the path.</source>
        <comment>487 engineer advice</comment>
        <translation>找出是谁、因何发送了 CANCEL：主叫挂机、PBX 或代理服务器上的无应答定时器（振铃超时、Timer C、INVITE 的 Expires）、呼叫已在分叉出的另一台设备上接听，或 SBC、网关放弃了呼叫。查看 CANCEL 中的 Reason 头域：RFC 3326 的取值如 SIP;cause=200;text=&quot;Call completed elsewhere&quot; 说明是分叉场景。如果呼叫总在某个无人配置过的固定时长后被取消，请将振铃时长与路径上每个网元的定时器进行比对。</translation>
    </message>
    <message>
        <source>cancelled CANCEL hang up abandoned call ringing no answer</source>
        <comment>487 keywords</comment>
        <translation>取消 CANCEL 请求取消 挂断 振铃中挂断 请求终止 撤销 无应答</translation>
    </message>
    <message>
        <source>In GB/T 28181 a 487 means that the video request (INVITE) was cancelled before the device or lower-level platform gave a final answer, for example because the viewer closed the window or the upper-level platform&apos;s wait timer expired. If nobody cancelled on purpose, capture the signalling on both sides to see which element sent the CANCEL, and give the capture to the vendor of that device or platform.</source>
        <comment>487 platform notes</comment>
        <translation>在 GB/T 28181 中，487 表示视频请求（INVITE）在设备或下级平台给出最终答复之前就被取消了，例如观看者关闭了窗口，或上级平台的等待定时器超时。如果没有人有意取消，请在两端同时抓包，查明是哪个网元发出了 CANCEL，并把抓包文件交给该设备或平台的厂商分析。</translation>
    </message>
    <message>
        <source>Not acceptable here</source>
        <comment>488 name</comment>
        <translation>此处不可接受</translation>
    </message>
    <message>
        <source>The user agent rejects the offered session description: the media, codecs or parameters are not acceptable at this device.</source>
        <comment>488 summary</comment>
        <translation>用户代理拒绝所提议的会话描述：其中的媒体、编解码器或参数在本设备上不可接受。</translation>
    </message>
    <message>
        <source>It has the same meaning as 606 (Not Acceptable) but applies only to the resource in the Request-URI: the request may succeed elsewhere, so a forking proxy continues with other branches. A UAS that rejects the SDP offer of an INVITE should use this final response and should add a Warning header field explaining why, for example 304 (Media type not available) or 305 (Incompatible media format). The response may carry a body describing the media capabilities the UAS does support, formatted like the body of a 200 (OK) to OPTIONS. For a re-INVITE or UPDATE, a 488 rejects only the new offer: the existing session continues unchanged.</source>
        <comment>488 explanation</comment>
        <translation>含义与 606（Not Acceptable）相同，但只针对 Request-URI 所指的资源：请求在别处可能成功，因此进行分叉的代理服务器会继续尝试其他分支。拒绝 INVITE 中 SDP 提议的用户代理服务器 (UAS) 应使用此最终响应，并应添加 Warning 头域说明原因，例如 304（Media type not available）或 305（Incompatible media format）。UAS 还可以在响应中附上自己支持的媒体能力说明，写法与 OPTIONS 的 200（OK）响应消息体一致。对于 re-INVITE 或 UPDATE，488 只拒绝新的提议，原有会话保持不变。</translation>
    </message>
    <message>
        <source>The call could not be set up because the two phones or systems could not agree on how to send the audio or video. Your administrator or provider needs to adjust the codec settings.</source>
        <comment>488 user advice</comment>
        <translation>由于双方话机或系统无法就音视频的传送方式达成一致，呼叫无法建立。需要管理员或运营商调整编解码设置。</translation>
    </message>
    <message>
        <source>Compare the m= lines and the rtpmap and fmtp attributes of the offer with the codecs allowed on the rejecting side: no common codec (G.711 only against G.729 or Opus only), video offered to an audio-only device, SRTP required on one side only (RTP/SAVP against RTP/AVP, a=crypto), T.38 against audio fax, or DTMF payload mismatches. Read the Warning header field and any SDP in the response. In Asterisk check allow and disallow on the endpoint, in FreeSWITCH the codec preferences and inbound codec negotiation, and on SBCs the transcoding and media policy rules.</source>
        <comment>488 engineer advice</comment>
        <translation>将提议中的 m= 行及 rtpmap、fmtp 属性与拒绝方允许的编解码器进行比对：没有共同的编解码器（一方只支持 G.711，另一方只支持 G.729 或 Opus）、向纯音频设备提供视频、只有一方要求 SRTP（RTP/SAVP 与 RTP/AVP、a=crypto）、T.38 与音频传真不一致，或 DTMF 负载类型不匹配。查看响应中的 Warning 头域和 SDP。Asterisk 检查端点的 allow 和 disallow，FreeSWITCH 检查编解码器优先级和呼入编解码协商设置，SBC 检查转码和媒体策略规则。</translation>
    </message>
    <message>
        <source>codec mismatch SDP media negotiation incompatible audio video SRTP</source>
        <comment>488 keywords</comment>
        <translation>编解码 媒体 编码 编解码不匹配 媒体协商失败 SDP 不支持的编码 音视频</translation>
    </message>
    <message>
        <source>Bad event</source>
        <comment>489 name</comment>
        <translation>事件包错误</translation>
    </message>
    <message>
        <source>The recipient does not understand or support the event package named in the Event header field.</source>
        <comment>489 summary</comment>
        <translation>接收方不理解或不支持 Event 头域中指定的事件包。</translation>
    </message>
    <message>
        <source>Part of SIP-specific event notification (RFC 6665, first RFC 3265). A notifier that receives a SUBSCRIBE for an event package it does not support should reject it with this final response; a subscriber answers 489 to a NOTIFY whose Event header field names a package it does not support; and an event state compositor answers a PUBLISH with a missing or unsupported Event header field the same way (RFC 3903). The response may list the supported packages in an Allow-Events header field, which RFC 3265 required and RFC 6665 no longer does. The client should not retry with the same package; it can choose a listed package or do without the feature.</source>
        <comment>489 explanation</comment>
        <translation>该状态码属于 SIP 特定事件通知机制（RFC 6665，最初为 RFC 3265）。通知方收到订阅其不支持的事件包的 SUBSCRIBE 时，应以此最终响应拒绝；订阅方收到 Event 头域指向其不支持的事件包的 NOTIFY 时，回 489；事件状态合成器收到缺少 Event 头域或事件包不受支持的 PUBLISH 时，也这样作答（RFC 3903）。响应可以在 Allow-Events 头域中列出支持的事件包；RFC 3265 曾要求携带，RFC 6665 已不再要求。客户端不应以同一事件包重试，可改用列出的事件包，或放弃该功能。</translation>
    </message>
    <message>
        <source>A status feature, such as presence, message waiting or busy lamp, is not supported by the server or device it was requested from. Ask your administrator to check the feature configuration.</source>
        <comment>489 user advice</comment>
        <translation>所请求的状态类功能（例如在线状态、留言提示或忙灯）不被相应的服务器或设备支持。请让管理员检查该功能的配置。</translation>
    </message>
    <message>
        <source>Read the Event header field of the rejected SUBSCRIBE, NOTIFY or PUBLISH (presence, dialog, message-summary, reg, refer and so on) and compare it with the server&apos;s Allow-Events, for example from an OPTIONS response. Typical cases: busy lamp (dialog) or message waiting (message-summary) subscriptions sent to a PBX or proxy without the presence function configured, a phone subscribing to a package the platform never offered, or an unsolicited NOTIFY with an unexpected package. Kamailio and OpenSIPS need their presence modules loaded for these packages; in Asterisk a busy lamp subscription needs a dialplan hint.</source>
        <comment>489 engineer advice</comment>
        <translation>查看被拒 SUBSCRIBE、NOTIFY 或 PUBLISH 的 Event 头域（presence、dialog、message-summary、reg、refer 等），并与服务器的 Allow-Events（例如从 OPTIONS 响应中获取）进行比对。典型情况：向未配置在线状态功能的 PBX 或代理服务器发起忙灯（dialog）或留言提示（message-summary）订阅、话机订阅了平台从未提供的事件包，或收到事件包出乎意料的主动 NOTIFY。Kamailio 和 OpenSIPS 需要加载 presence 相关模块才能处理这些事件包；Asterisk 中忙灯订阅需要拨号方案中的 hint。</translation>
    </message>
    <message>
        <source>event package SUBSCRIBE NOTIFY PUBLISH BLF MWI presence subscription failed</source>
        <comment>489 keywords</comment>
        <translation>事件包 订阅失败 SUBSCRIBE BLF 忙灯 MWI 留言灯 presence 在线状态</translation>
    </message>
    <message>
        <source>Request pending</source>
        <comment>491 name</comment>
        <translation>请求待决</translation>
    </message>
    <message>
        <source>The user agent received a request while its own request on the same dialog was still in progress (glare).</source>
        <comment>491 summary</comment>
        <translation>用户代理在自己于同一对话上发出的请求尚未完成时，又收到了对方的请求（glare，请求冲突）。</translation>
    </message>
    <message>
        <source>This final response resolves glare inside a dialog. A UAS that receives a re-INVITE while a re-INVITE it sent on the same dialog is still in progress must return 491, and RFC 3311 applies the same rule to crossing UPDATE offers. The UAC that gets 491 waits a random time before trying again: 2.1 to 4 seconds in units of 10 ms if it generated the Call-ID of the dialog, 0 to 2 seconds otherwise, so that one side goes first. It then retries only if it still wants the change; meanwhile the session stays as it was. A second INVITE that arrives while the UAS is still answering an earlier one from the same side gets 500 with Retry-After instead.</source>
        <comment>491 explanation</comment>
        <translation>此最终响应用于解决对话内的请求冲突（glare）。用户代理服务器 (UAS) 自己在同一对话上发出的 re-INVITE 尚未完成时，又收到对方的 re-INVITE，必须回 491；RFC 3311 对相互交叉的 UPDATE 提议也作了同样规定。收到 491 的 UAC 要等待一段随机时间后再尝试：如果对话的 Call-ID 是它生成的，等待 2.1 至 4 秒（以 10 毫秒为单位）；否则等待 0 至 2 秒，从而让一方先行。之后只有在仍需要该修改时才重试；在此期间会话保持原状。如果 UAS 还在处理同一方较早的 INVITE 时又收到第二个 INVITE，则回 500 并携带 Retry-After，而不是 491。</translation>
    </message>
    <message>
        <source>Both sides tried to change the call, for example to hold or transfer it, at the same moment. The phone normally tries again by itself; if the action did not happen, repeat it.</source>
        <comment>491 user advice</comment>
        <translation>双方在同一时刻都尝试修改通话（例如保持或转接）。话机通常会自动重试；如果操作没有生效，请再操作一次。</translation>
    </message>
    <message>
        <source>Look for crossing re-INVITEs or UPDATEs in the same dialog: session timer refreshes sent by both sides because the refresher was not agreed, hold, resume or transfer pressed while the other side changes the media, or SBCs and B2BUAs sending their own re-INVITEs. Check that both endpoints wait the random back-off and retry instead of failing or ending the call, and that only one side is the session refresher (refresher parameter of Session-Expires).</source>
        <comment>491 engineer advice</comment>
        <translation>查找同一对话中相互交叉的 re-INVITE 或 UPDATE：双方都在发送会话定时器刷新（未协商好由哪一方刷新）、在对方修改媒体时按下了保持、恢复或转接，或 SBC、B2BUA 自行发起了 re-INVITE。确认两端都会按随机退避时间等待后重试，而不是直接失败或结束呼叫，并且只有一方担任会话刷新者（Session-Expires 的 refresher 参数）。</translation>
    </message>
    <message>
        <source>glare re-INVITE collision simultaneous UPDATE hold transfer</source>
        <comment>491 keywords</comment>
        <translation>请求冲突 Glare 重协商冲突 re-INVITE冲突 同时发起 保持 转接</translation>
    </message>
    <message>
        <source>Undecipherable</source>
        <comment>493 name</comment>
        <translation>无法解密</translation>
    </message>
    <message>
        <source>The user agent cannot decrypt an encrypted (S/MIME) body in the request.</source>
        <comment>493 summary</comment>
        <translation>用户代理无法解密请求中经过加密的（S/MIME）消息体。</translation>
    </message>
    <message>
        <source>A UAS sends this final response when the request contains an encrypted MIME body, in practice S/MIME, for which it does not have, or will not provide, a suitable decryption key. The response may carry a single body containing the public key (certificate) that should be used to encrypt bodies sent to this user agent, so the UAC can encrypt again with that key and send a new request. RFC 3261 §23.2 describes how this works. Encrypting SIP bodies with S/MIME is rarely deployed, so 493 is uncommon in practice; when it appears, the body type and the certificate used are the first things to check.</source>
        <comment>493 explanation</comment>
        <translation>当请求包含加密的 MIME 消息体（实际上就是 S/MIME），而用户代理服务器 (UAS) 没有或不愿提供合适的解密密钥时，发送此最终响应。UAS 可以在响应里放入一个消息体，给出今后向它发送加密内容时应使用的公钥（证书），UAC 据此重新加密后再发送新的请求。具体用法见 RFC 3261 §23.2。用 S/MIME 加密 SIP 消息体的部署很少，因此 493 在实际中并不常见；一旦出现，首先应检查消息体类型和所用的证书。</translation>
    </message>
    <message>
        <source>The other side could not read the protected content of the request. Your administrator needs to check the encryption settings on both sides.</source>
        <comment>493 user advice</comment>
        <translation>对方无法读取请求中受保护的内容。需要管理员检查双方的加密设置。</translation>
    </message>
    <message>
        <source>Check the Content-Type of the request body (application/pkcs7-mime or multipart/encrypted) and which certificate was used to encrypt it: a wrong or outdated certificate for the recipient, an unsupported algorithm, or a proxy that modified the encrypted body. If the response carries a certificate, install it for that recipient. If the body was not meant to be encrypted, find the element that added S/MIME or labelled the body wrongly.</source>
        <comment>493 engineer advice</comment>
        <translation>检查请求消息体的 Content-Type（application/pkcs7-mime 或 multipart/encrypted）以及加密时使用的证书：接收方证书错误或过期、算法不受支持，或某个代理服务器修改了加密的消息体。如果响应中携带了证书，请为该接收方安装此证书。如果消息体本不应加密，请找出添加 S/MIME 或把消息体类型标错的网元。</translation>
    </message>
    <message>
        <source>S/MIME decrypt encryption certificate encrypted body</source>
        <comment>493 keywords</comment>
        <translation>无法解密 加密 S/MIME 证书 解密失败 加密消息体</translation>
    </message>
    <message>
        <source>Security agreement required</source>
        <comment>494 name</comment>
        <translation>需要安全协商</translation>
    </message>
    <message>
        <source>The server requires the client to agree on a security mechanism (RFC 3329 sec-agree) before it accepts the request.</source>
        <comment>494 summary</comment>
        <translation>服务器要求客户端先协商一种安全机制（RFC 3329 sec-agree），然后才接受请求。</translation>
    </message>
    <message>
        <source>Defined by the security mechanism agreement of RFC 3329. A client using it sends a Security-Client header field listing its mechanisms (such as tls, digest, ipsec-ike or ipsec-3gpp) together with Require and Proxy-Require: sec-agree. A server that receives such a request unprotected must answer with this final response and must include a Security-Server header field listing its own mechanisms, even if none match. The client then picks the preferred common mechanism, sets up the protection and resends the request over it with a Security-Verify header field repeating the server&apos;s list, which guards against bidding-down attacks. In IMS the P-CSCF usually returns Security-Server in the 401 challenge to REGISTER instead.</source>
        <comment>494 explanation</comment>
        <translation>该状态码由 RFC 3329 的安全机制协商定义。使用该机制的客户端发送 Security-Client 头域列出自己的机制（如 tls、digest、ipsec-ike 或 ipsec-3gpp），同时携带 Require 和 Proxy-Require: sec-agree。服务器收到这样一个未受保护的请求时，必须以此最终响应作答，并且必须携带 Security-Server 头域列出自己的机制，即使双方没有共同的机制。客户端随后选出优先级最高的共同机制，建立保护，在受保护的通道上重发请求，并用 Security-Verify 头域回送服务器的列表，以防范降级攻击。在 IMS 中，P-CSCF 通常是在对 REGISTER 的 401 质询中返回 Security-Server，而不用 494。</translation>
    </message>
    <message>
        <source>Your phone could not connect securely to the service because they did not agree on a security method. This is a configuration problem; contact your provider or administrator.</source>
        <comment>494 user advice</comment>
        <translation>由于话机与服务未能就安全方式达成一致，话机无法建立安全连接。这是配置问题，请联系运营商或管理员。</translation>
    </message>
    <message>
        <source>Compare the Security-Client header field of the request with the Security-Server of the 494: no common mechanism, algorithms (alg, ealg) the server does not accept, or a Security-Verify that does not match what the server sent are typical. In IMS and VoLTE check the IPsec security associations (ports and SPIs) and whether the network requires a protected REGISTER; some networks answer unprotected requests with 421 or 494. Also check that no SBC strips the Security-* header fields or the sec-agree option tag.</source>
        <comment>494 engineer advice</comment>
        <translation>将请求中的 Security-Client 头域与 494 中的 Security-Server 进行比对：没有共同的机制、服务器不接受的算法（alg、ealg），或 Security-Verify 与服务器发送的内容不一致，都是典型原因。在 IMS 和 VoLTE 中，检查 IPsec 安全联盟（端口和 SPI），以及网络是否要求受保护的 REGISTER；有些网络会对未受保护的请求回 421 或 494。还要确认没有 SBC 去掉 Security-* 头域或 sec-agree 选项标签。</translation>
    </message>
    <message>
        <source>sec-agree IPsec IMS VoLTE Security-Client Security-Verify P-CSCF</source>
        <comment>494 keywords</comment>
        <translation>安全协商 sec-agree IPsec IMS VoLTE 注册失败 安全机制 安全联盟</translation>
    </message>
    <message>
        <source>Server internal error</source>
        <comment>500 name</comment>
        <translation>服务器内部错误</translation>
    </message>
    <message>
        <source>The server hit an unexpected condition and could not complete the request.</source>
        <comment>500 summary</comment>
        <translation>服务器遇到意外情况，无法完成该请求。</translation>
    </message>
    <message>
        <source>A catch-all final response: the element that sent it (UAS, proxy, registrar or gateway) met an unexpected condition that kept it from fulfilling the request, such as a software fault, a failed database or script, or a state it cannot handle. The client may show the error and may retry after several seconds; if the condition is temporary, the server may say when in a Retry-After header field. RFC 3261 also prescribes 500 in one precise case: a UAS that receives a second INVITE in a dialog before it has answered an earlier one with a lower CSeq must reject the second with 500 and a randomly chosen Retry-After of 0 to 10 seconds. A proxy whose only response from downstream was 503 should send 500 upstream instead.</source>
        <comment>500 explanation</comment>
        <translation>这是一个兜底性的最终响应：发送它的网元（UAS、代理服务器、注册服务器或网关）遇到了意外情况，无法完成请求，例如软件故障、数据库或脚本执行失败，或进入了无法处理的状态。客户端可以显示该错误，并可在几秒后重试；如果故障是暂时的，服务器可以在 Retry-After 头域中说明何时重试。RFC 3261 还规定了一个必须使用 500 的具体场景：UAS 在同一对话中尚未对 CSeq 较小的前一个 INVITE 给出最终响应时又收到第二个 INVITE，必须以 500 拒绝第二个请求，并携带在 0 到 10 秒之间随机取值的 Retry-After。代理服务器如果从下游只收到了 503，应改为向上游发送 500。</translation>
    </message>
    <message>
        <source>The service had an internal fault while handling your call or registration. Wait a moment and try again; if it keeps happening, report the time of the failure to your provider.</source>
        <comment>500 user advice</comment>
        <translation>服务端在处理您的呼叫或注册时发生了内部故障。请稍等片刻后重试；如果问题反复出现，请把出现故障的时间告知服务提供商。</translation>
    </message>
    <message>
        <source>Identify which element generated the 500 (its Server header field, the To tag, or the hop where the response first appears in captures; a Warning or Reason header field often names the real cause) and read that element&apos;s log at the same timestamp: routing-script or dialplan errors, failed database, RADIUS or Diameter back ends, and crashed modules are the usual culprits. If the 500 answers a re-INVITE, look for overlapping re-INVITEs in the same dialog (a session-timer refresh colliding with hold or transfer), which RFC 3261 requires to be rejected this way, and check that the sender honours Retry-After. On PSTN gateways ISDN cause 127 (interworking, unspecified) is commonly mapped to 500, so compare with the Q.931 trace.</source>
        <comment>500 engineer advice</comment>
        <translation>先确定是哪个网元产生了 500（查看 Server 头域、To 标签，或在各跳的抓包中找到该响应最早出现的位置；Warning 或 Reason 头域常常会写明真实原因），再查看该网元同一时间点的日志：路由脚本或拨号方案出错，数据库、RADIUS 或 Diameter 后端故障，以及模块崩溃是最常见的原因。如果 500 是对 re-INVITE 的响应，检查同一对话中是否存在重叠的 re-INVITE（例如会话定时器刷新与保持、转接操作相冲突），RFC 3261 要求以这种方式拒绝，同时确认发送方遵守了 Retry-After。在 PSTN 网关上，ISDN 原因值 127（互通，未指定）通常映射为 500，可对照 Q.931 信令跟踪分析。</translation>
    </message>
    <message>
        <source>internal failure exception bug outage restart</source>
        <comment>500 keywords</comment>
        <translation>服务器内部错误 内部错误 服务器故障 服务端异常 程序异常 重试 重入</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <comment>501 name</comment>
        <translation>未实现</translation>
    </message>
    <message>
        <source>The server does not support the functionality, typically the request method, needed to fulfil the request.</source>
        <comment>501 summary</comment>
        <translation>服务器不支持完成该请求所需的功能，通常是不支持该请求方法。</translation>
    </message>
    <message>
        <source>The server does not support the functionality needed to fulfil the request. The typical case is a UAS that does not recognise the request method at all and cannot support it for any user, for example a device receiving UPDATE, MESSAGE or PUBLISH that it never implemented. Compare 405 (Method Not Allowed), which means the method is recognised but not allowed for this Request-URI and must carry an Allow header field listing the permitted methods. Proxies forward requests regardless of method, so a 501 normally comes from the far-end UAS, a B2BUA or a gateway rather than from a transit proxy. It is a final response: repeating the same request will fail again, so the sender should stop using that method toward this target or fall back to an alternative, such as a re-INVITE instead of UPDATE.</source>
        <comment>501 explanation</comment>
        <translation>服务器不支持完成该请求所需的功能。典型情况是 UAS 根本不认识该请求方法，且对任何用户都无法支持它，例如设备收到了自己从未实现的 UPDATE、MESSAGE 或 PUBLISH 请求。与之相对，405（Method Not Allowed）表示方法能够识别，但不允许用于该 Request-URI，并且必须携带列出允许方法的 Allow 头域。代理服务器转发请求时不考虑方法，因此 501 通常来自远端 UAS、B2BUA 或网关，而不是中间的转发代理。这是最终响应：原样重发同一请求仍会失败，发送方应停止对该目标使用这一方法，或改用替代方式，例如用 re-INVITE 代替 UPDATE。</translation>
    </message>
    <message>
        <source>The equipment at the other end does not support the feature this action needs. Calls may still work; if a specific feature such as transfer, messaging or presence fails, report it to your administrator.</source>
        <comment>501 user advice</comment>
        <translation>对端设备不支持此操作所需的功能。普通通话可能仍然正常；如果转接、消息或在线状态等某项功能失败，请报告给管理员。</translation>
    </message>
    <message>
        <source>Read the method in the CSeq header field of the 501 and compare it with the peer&apos;s Allow header field (in its INVITE, 200 OK or a reply to OPTIONS) to see what it does support. Typical cases are UPDATE or PRACK sent to a device that never advertised them, SUBSCRIBE or PUBLISH for presence and message-waiting on a plain trunk, MESSAGE to a PBX without SIP messaging, and INFO-based DTMF toward a device that expects RFC 4733 telephone-events. Configure the sending side to use only methods the peer lists in Allow, for example session refresh by re-INVITE instead of UPDATE.</source>
        <comment>501 engineer advice</comment>
        <translation>查看 501 中 CSeq 头域里的方法，并与对端的 Allow 头域（出现在其 INVITE、200 OK 或 OPTIONS 响应中）对比，确认对端实际支持哪些方法。常见情形包括：向从未声明支持 UPDATE 或 PRACK 的设备发送这些请求；在普通中继上发送用于在线状态或留言提示的 SUBSCRIBE、PUBLISH；向不支持 SIP 消息的 PBX 发送 MESSAGE；向只支持 RFC 4733 telephone-event 的设备发送基于 INFO 的 DTMF。请调整发送方配置，只使用对端在 Allow 中列出的方法，例如用 re-INVITE 而不是 UPDATE 做会话刷新。</translation>
    </message>
    <message>
        <source>unsupported unknown capability missing function</source>
        <comment>501 keywords</comment>
        <translation>未实现 不支持 方法不支持 功能不支持 未知方法 不识别 能力</translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <comment>502 name</comment>
        <translation>网关错误</translation>
    </message>
    <message>
        <source>A proxy or gateway received an invalid response from the next server it contacted.</source>
        <comment>502 summary</comment>
        <translation>代理服务器或网关从其联系的下一个服务器收到了非法响应。</translation>
    </message>
    <message>
        <source>Sent by an element acting as a gateway or proxy when the downstream server it contacted to fulfil the request returned an invalid response, for example one that could not be parsed or that violated the protocol. The fault therefore lies beyond the element that reports it. PSTN gateways also commonly use 502 when the telephone network reports the destination as out of order (ISDN cause 27), so on a trunk it often means the far line or exchange is faulty. It is a final response; the client may retry later, and carrier or SBC routing that advances to the next route on 5xx responses will normally do so on 502.</source>
        <comment>502 explanation</comment>
        <translation>由充当网关或代理的网元发送：它为完成请求而联系的下游服务器返回了非法响应，例如无法解析或违反协议的响应。因此故障位于报告该错误的网元之后，而不在其自身。PSTN 网关在电话网报告目的地故障（ISDN 原因值 27，destination out of order）时也常使用 502，所以在中继上它往往表示远端线路或交换机有问题。这是最终响应；客户端可以稍后重试，配置了“收到 5xx 即切换路由”的运营商或 SBC 路由逻辑一般也会在收到 502 时改走下一条路由。</translation>
    </message>
    <message>
        <source>A network element between you and the person you called passed on a faulty answer, or the called line is out of order. Try again in a few minutes; if it persists, give your provider the number and the time.</source>
        <comment>502 user advice</comment>
        <translation>您与被叫之间的某个网络设备转来了错误的应答，或者被叫线路出现故障。请几分钟后重试；如果问题持续，请把被叫号码和发生时间提供给服务提供商。</translation>
    </message>
    <message>
        <source>Find which hop produced the 502 (Server header field, To tag, and the point where it first appears in captures) and capture on both sides of that element to see the downstream reply it rejected: malformed header fields, a bad Content-Length, a missing To tag, or a response arriving on an unexpected transport or port. On PSTN interconnects read the Reason header field (Q.850 cause) or the gateway&apos;s ISDN trace; cause 27 points to the far exchange or line rather than to SIP. If only one carrier route returns 502, take it out of the route list and open a ticket with that carrier, quoting Call-ID and timestamps.</source>
        <comment>502 engineer advice</comment>
        <translation>确定是哪一跳产生了 502（看 Server 头域、To 标签以及它在抓包中最早出现的位置），然后在该网元两侧同时抓包，查看被其判为非法的下游响应：头域格式错误、Content-Length 不正确、缺少 To 标签，或响应从意外的传输协议或端口返回。在 PSTN 互联处查看 Reason 头域（Q.850 原因值）或网关的 ISDN 信令跟踪；原因值 27 说明问题在远端交换机或线路，而非 SIP 本身。如果只有某一条运营商路由返回 502，可先将其移出路由列表，并向该运营商报障，提供 Call-ID 和时间戳。</translation>
    </message>
    <message>
        <source>invalid downstream upstream broken unreachable</source>
        <comment>502 keywords</comment>
        <translation>网关错误 错误网关 坏网关 非法响应 无效响应 下游 中继 互联 目的地故障</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <comment>503 name</comment>
        <translation>服务不可用</translation>
    </message>
    <message>
        <source>The server is temporarily unable to handle the request because it is overloaded or under maintenance.</source>
        <comment>503 summary</comment>
        <translation>服务器因过载或维护，暂时无法处理该请求。</translation>
    </message>
    <message>
        <source>The server cannot process the request right now because of temporary overload or maintenance. It may state when to retry in a Retry-After header field; if there is none, the client must act as if it had received 500. A UAC or proxy receiving 503 should try an alternate server, such as the next DNS SRV target, and should not send further requests to the refusing server for the Retry-After period. A proxy should not pass a 503 upstream unless every request it could forward would fail the same way; if 503 was its only response, it sends 500 instead. RFC 3261 also makes a UAC treat a fatal transport error (ICMP unreachable, failed TCP connection) as 503, so a 503 shown on a phone may have been generated locally and never sent by any server.</source>
        <comment>503 explanation</comment>
        <translation>服务器因临时过载或维护，当前无法处理该请求。服务器可以在 Retry-After 头域中说明何时重试；若未携带该头域，客户端必须按收到 500 处理。收到 503 的 UAC 或代理服务器应尝试其他服务器（例如 DNS SRV 记录中的下一个目标），并在 Retry-After 指定的时间内不再向拒绝它的服务器发送其他请求。代理服务器不应把 503 转发给上游，除非它能确定自己转发的任何请求都会同样失败；如果只收到了 503，应改为向上游发送 500。RFC 3261 还规定 UAC 遇到致命传输错误（ICMP 不可达、TCP 连接失败）时按 503 处理，因此话机上显示的 503 可能是本地生成的，根本没有服务器发送过。</translation>
    </message>
    <message>
        <source>The service is temporarily overloaded or under maintenance. Wait a few minutes and try again; if it lasts, contact your provider.</source>
        <comment>503 user advice</comment>
        <translation>服务暂时过载或正在维护。请等待几分钟后重试；如果持续出现，请联系服务提供商。</translation>
    </message>
    <message>
        <source>First check whether the 503 was actually received: if the capture shows no 503 on the wire, the UA generated it after a transport failure, so test reachability, DNS and the TCP or TLS connection to the proxy. If a server sent it, read its Retry-After, Reason and Warning header fields and search its logs for overload, licence or channel limits (a maximum-sessions setting, for instance), maintenance mode or a failed back end. Make sure clients and upstream proxies fail over to another SRV target and honour Retry-After instead of retrying at once, which only deepens an overload.</source>
        <comment>503 engineer advice</comment>
        <translation>先确认 503 是否真的收到过：如果抓包中根本没有 503，那是 UA 在传输失败后自行生成的，应检查到代理服务器的连通性、DNS 解析以及 TCP 或 TLS 连接。如果确实由服务器发送，查看其 Retry-After、Reason 和 Warning 头域，并在日志中排查过载、许可证或通道数限制（例如最大会话数设置）、维护模式或后端故障。确保客户端和上游代理会切换到其他 SRV 目标并遵守 Retry-After，而不是立即重试，否则只会加重过载。</translation>
    </message>
    <message>
        <source>congestion capacity outage down busy</source>
        <comment>503 keywords</comment>
        <translation>服务不可用 服务无效 暂停服务 过载 超载 拥塞 维护 外域 平台</translation>
    </message>
    <message>
        <source>On GB/T 28181 video platforms a 503 from a cascaded platform is typically reported as the other-domain server being overloaded. Capture on the link toward that platform and count messages per source to find a device or lower platform sending registrations, keep-alives or catalog notifications at an abnormal rate, then fix or isolate it.</source>
        <comment>503 platform notes</comment>
        <translation>在 GB/T 28181 视频平台上，级联平台返回的 503 通常被提示为外域服务器超载。请在通往该平台的链路上抓包，统计各来源的消息速率，找出以异常频率发送注册、心跳或目录通知的设备或下级平台，并对其修复或隔离。</translation>
    </message>
    <message>
        <source>Server time-out</source>
        <comment>504 name</comment>
        <translation>服务器超时</translation>
    </message>
    <message>
        <source>The server gave up waiting for an external server it needed to process the request.</source>
        <comment>504 summary</comment>
        <translation>服务器等待处理请求所需的外部服务器响应超时，放弃了处理。</translation>
    </message>
    <message>
        <source>The server did not receive a timely response from an external server it had to consult to process the request: typically a location or user database, a DNS or ENUM server, an application server, or the next network behind a gateway. RFC 3261 reserves 408 (Request Timeout) for the case where no answer came within the Expires period set by the upstream request, and a proxy whose forwarded request simply times out also answers 408; in the field, however, some B2BUAs and SBCs send 504 when their next hop stays silent. It is a final response; the client may retry later or through another server. Gateways usually map 504 to ISDN cause 102 (recovery on timer expiry).</source>
        <comment>504 explanation</comment>
        <translation>服务器在处理请求时需要访问某个外部服务器，但没有及时收到其响应：通常是位置数据库或用户数据库、DNS 或 ENUM 服务器、应用服务器，或网关后面的下一个网络。RFC 3261 规定，如果在上游请求 Expires 头域设定的时间内没有收到应答，应使用 408（Request Timeout）；代理服务器转发的请求单纯超时，同样回 408。但在实际网络中，一些 B2BUA 和 SBC 在下一跳无响应时也会发送 504。这是最终响应；客户端可以稍后重试，或改经其他服务器发送。网关通常把 504 映射为 ISDN 原因值 102（定时器超时恢复）。</translation>
    </message>
    <message>
        <source>A server in the network waited too long for another system and gave up. Try again in a few minutes; if it keeps happening, report the time and the number you called.</source>
        <comment>504 user advice</comment>
        <translation>网络中的某台服务器等待另一系统的响应超时，放弃了处理。请几分钟后重试；如果反复出现，请报告发生时间和所拨号码。</translation>
    </message>
    <message>
        <source>Find the element that sent the 504 and check what it was waiting for: DNS (slow or unreachable resolvers, missing SRV or NAPTR records), ENUM or number-portability lookups, a database, RADIUS or HTTP back end, or the next SIP hop. Compare the time between the request and the 504 with that element&apos;s timers (timer B or F, 32 seconds by default, or a shorter vendor timer such as Kamailio&apos;s fr_timer) to see which one expired. If the next hop is the silent party, capture there to tell a routing or firewall drop from an overloaded server.</source>
        <comment>504 engineer advice</comment>
        <translation>找到发送 504 的网元，确认它在等待什么：DNS（解析服务器缓慢或不可达、缺少 SRV 或 NAPTR 记录）、ENUM 或携号转网查询、数据库、RADIUS 或 HTTP 后端，或者下一跳 SIP 节点。把请求与 504 之间的时间差与该网元的定时器对照（定时器 B 或 F 默认 32 秒，或更短的厂商定时器，如 Kamailio 的 fr_timer），判断是哪个定时器到期。如果是下一跳没有响应，请在该处抓包，区分是路由或防火墙丢包，还是服务器过载。</translation>
    </message>
    <message>
        <source>timeout timed-out slow unresponsive hanging</source>
        <comment>504 keywords</comment>
        <translation>超时 服务器超时 网关超时 响应超时 无响应 查询超时 DNS超时</translation>
    </message>
    <message>
        <source>Version not supported</source>
        <comment>505 name</comment>
        <translation>版本不支持</translation>
    </message>
    <message>
        <source>The server does not support the SIP protocol version used in the request.</source>
        <comment>505 summary</comment>
        <translation>服务器不支持请求中使用的 SIP 协议版本。</translation>
    </message>
    <message>
        <source>The server does not support, or refuses to support, the SIP version given in the request, and will not complete it using the client&apos;s major version other than by sending this error. SIP/2.0 is the only version in use; RFC 3261 treats the version string as case-insensitive but requires senders to write it in upper case. In practice 505 usually points at a malformed request line rather than a real version mismatch: an unescaped space in the Request-URI, a stray character, or broken framing over TCP can make the parser read the wrong token as the version. It is final; resending the same message fails again, so the sender must be fixed.</source>
        <comment>505 explanation</comment>
        <translation>服务器不支持或拒绝支持请求中使用的 SIP 版本，除返回此错误外，不会以客户端的主版本号完成该请求。目前实际使用的只有 SIP/2.0；RFC 3261 规定版本字符串不区分大小写，但发送方必须使用大写。实际中 505 通常说明请求行格式有误，而不是版本真的不匹配：Request-URI 中未转义的空格、多余字符，或 TCP 上的消息分帧错误，都可能让解析器把错误的字段当作版本号。这是最终响应；原样重发仍会失败，必须修正发送方。</translation>
    </message>
    <message>
        <source>The other side could not understand the format of the request your equipment sent. Restarting will not help; the equipment&apos;s configuration or software needs to be corrected by your administrator or provider.</source>
        <comment>505 user advice</comment>
        <translation>对端无法理解您的设备所发请求的格式。重启无济于事，需要由管理员或服务提供商修正设备的配置或软件。</translation>
    </message>
    <message>
        <source>Look at the raw request line in a capture: it must be the method, one space, the Request-URI, one space and SIP/2.0, with nothing else. Check the user part for spaces or other characters that should have been escaped (display names or formatted numbers pasted into a dial string), the template a PBX or gateway uses to build the Request-URI, and, on TCP, a wrong Content-Length that makes the receiver start parsing in the middle of the previous message. Identify the sending device from the User-Agent header field and correct its configuration or firmware.</source>
        <comment>505 engineer advice</comment>
        <translation>在抓包中查看原始请求行：必须是方法、一个空格、Request-URI、一个空格、SIP/2.0，不能有其他内容。检查用户部分是否含有空格或其他应当转义的字符（例如把显示名或带格式的号码直接拼进拨号串），检查 PBX 或网关构造 Request-URI 所用的模板；在 TCP 上还要检查 Content-Length 是否错误，导致接收方从上一条消息的中间开始解析。通过 User-Agent 头域确认发送设备，并修正其配置或固件。</translation>
    </message>
    <message>
        <source>protocol mismatch parse syntax incompatible</source>
        <comment>505 keywords</comment>
        <translation>版本不支持 协议版本 SIP版本 请求行 格式错误 解析错误</translation>
    </message>
    <message>
        <source>Message too large</source>
        <comment>513 name</comment>
        <translation>消息过大</translation>
    </message>
    <message>
        <source>The server could not process the request because the message was longer than it can handle.</source>
        <comment>513 summary</comment>
        <translation>消息长度超出了服务器的处理能力，服务器无法处理该请求。</translation>
    </message>
    <message>
        <source>The server could not process the request because the message was longer than it can handle. RFC 3261 expects implementations to cope with messages up to the maximum UDP datagram size of 65,535 bytes, but many elements have smaller receive buffers or a configured limit. Large messages usually come from long SDP offers (video, many codecs, ICE candidates), long Record-Route or Via stacks, certificates or Identity header fields, or multipart bodies. A request within 200 bytes of the path MTU, or over 1300 bytes when the MTU is unknown, must be sent over a congestion-controlled transport such as TCP; oversized UDP datagrams are fragmented, and firewalls and NAT devices often drop the fragments. It is a final response: the sender should shrink the message or switch to TCP.</source>
        <comment>513 explanation</comment>
        <translation>服务器无法处理该请求，因为消息长度超出了其处理能力。RFC 3261 要求实现能够处理最大 UDP 数据报长度（65,535 字节）以内的消息，但许多网元的接收缓冲区更小，或配置了更低的上限。超大消息通常来自很长的 SDP 提议（视频、大量编解码器、ICE 候选地址）、很长的 Record-Route 或 Via 头域列表、证书或 Identity 头域，或多部分消息体。请求长度距离路径 MTU 不足 200 字节，或在 MTU 未知时超过 1300 字节，必须改用 TCP 等具有拥塞控制的传输协议；超大的 UDP 数据报会被分片，而防火墙和 NAT 设备常常丢弃分片。这是最终响应：发送方应精简消息或改用 TCP。</translation>
    </message>
    <message>
        <source>The request your equipment sent was too large for the other side. Your administrator or provider needs to change the equipment&apos;s settings, for example the list of codecs or the transport.</source>
        <comment>513 user advice</comment>
        <translation>您的设备发出的请求过大，对端无法处理。需要管理员或服务提供商调整设备设置，例如编解码器列表或传输方式。</translation>
    </message>
    <message>
        <source>Measure the size of the rejected request in the capture and note the transport. Trim the SDP (remove unused codecs, and video or ICE candidates the path does not need), avoid stacking header fields through chains of proxies and B2BUAs, and switch the trunk or phone to TCP or TLS if messages exceed about 1300 bytes. Check the receiver&apos;s configured message or buffer size limit, and if UDP is kept, look for IP fragments in the capture and for firewalls, SBCs or NAT devices that drop them.</source>
        <comment>513 engineer advice</comment>
        <translation>在抓包中测量被拒请求的大小，并记录所用的传输协议。精简 SDP（删除不用的编解码器，以及该路径不需要的视频或 ICE 候选地址），避免经过多级代理和 B2BUA 时头域层层叠加；若消息超过约 1300 字节，把中继或话机改为 TCP 或 TLS。检查接收方配置的消息长度或缓冲区上限；如果仍使用 UDP，在抓包中查找 IP 分片，并排查会丢弃分片的防火墙、SBC 或 NAT 设备。</translation>
    </message>
    <message>
        <source>size length big oversize jumbo</source>
        <comment>513 keywords</comment>
        <translation>消息过大 消息太大 超长 包过大 分片 UDP分片 MTU 改用TCP</translation>
    </message>
    <message>
        <source>Push service not supported</source>
        <comment>555 name</comment>
        <translation>不支持推送通知服务</translation>
    </message>
    <message>
        <source>The proxy does not support the push notification service the user agent asked it to use.</source>
        <comment>555 summary</comment>
        <translation>代理服务器不支持用户代理要求使用的推送通知服务。</translation>
    </message>
    <message>
        <source>Defined by RFC 8599, which lets a SIP proxy wake a suspended mobile UA through a push notification service (PNS) such as APNs or FCM. The UA names its PNS in the pn-provider SIP URI parameter, with pn-prid and optionally pn-param, in the Contact of its REGISTER. A proxy that does not support the PNS named there, or will not request pushes for this UA, either forwards the REGISTER toward another proxy that does or rejects it with 555. The response is final and tells the UA that push-based reachability through this proxy is not available; retrying with the same parameters fails again. The UA can register without the pn-* parameters and keep its own connection alive, or use another PNS if it has one. A proxy that does support a PNS says so with the sip.pns feature-capability indicator in its response.</source>
        <comment>555 explanation</comment>
        <translation>由 RFC 8599 定义。该规范允许 SIP 代理服务器通过推送通知服务（PNS，例如 APNs 或 FCM）唤醒处于挂起状态的移动终端 UA。UA 在 REGISTER 的 Contact 中用 SIP URI 参数 pn-provider 指明所用的 PNS，并附带 pn-prid 以及可选的 pn-param。如果代理服务器不支持其中指定的 PNS，或不愿为该 UA 请求推送，它要么把 REGISTER 转发给支持该服务的其他代理，要么以 555 拒绝。这是最终响应，表示无法经由该代理实现基于推送的可达性；用相同参数重试仍会失败。UA 可以不带 pn-* 参数重新注册并自行保持连接，或者改用自己支持的其他 PNS。支持推送的代理会在响应中用 sip.pns 特性能力指示符表明这一点。</translation>
    </message>
    <message>
        <source>Your app could not switch on push notifications for incoming calls with this service. Keep the app open to receive calls for now, and report the message to your provider.</source>
        <comment>555 user advice</comment>
        <translation>您的应用无法在该服务上启用来电推送通知。暂时请让应用保持打开状态以接听来电，并把此提示报告给服务提供商。</translation>
    </message>
    <message>
        <source>Capture the REGISTER and check the pn-provider value in the Contact URI (apns, fcm or webpush, for example) against the providers the registrar or edge proxy is configured for (in OpenSIPS, the pn_providers setting), and check that pn-prid and any other parameter the server requires are present; a typo, an unsupported provider or a missing parameter all end in 555. Check which proxy on the path answered: a proxy without push support may reject instead of forwarding, so the REGISTER must reach the element that holds the PNS configuration. If the deployment does not use push at all, configure the client to omit the pn-* parameters.</source>
        <comment>555 engineer advice</comment>
        <translation>抓取 REGISTER，核对 Contact URI 中的 pn-provider 取值（如 apns、fcm 或 webpush）是否在注册服务器或边缘代理所配置的推送提供方之列（在 OpenSIPS 中即 pn_providers 参数），并确认 pn-prid 以及服务器要求的其他参数齐全；拼写错误、不支持的提供方或缺少参数，最终都会得到 555。确认是路径上哪个代理作出的应答：不支持推送的代理可能直接拒绝而不转发，因此 REGISTER 必须到达持有 PNS 配置的网元。如果该部署根本不使用推送，应配置客户端不携带 pn-* 参数。</translation>
    </message>
    <message>
        <source>mobile app background sleep battery iOS Android</source>
        <comment>555 keywords</comment>
        <translation>推送 推送通知 推送服务 不支持推送 唤醒 后台 移动端 APNs FCM</translation>
    </message>
    <message>
        <source>Precondition failure</source>
        <comment>580 name</comment>
        <translation>前提条件失败</translation>
    </message>
    <message>
        <source>The answerer cannot or will not meet the mandatory preconditions, such as QoS reservation, set in the offer.</source>
        <comment>580 summary</comment>
        <translation>应答方无法或不愿满足提议中设定的强制前提条件（例如 QoS 资源预留）。</translation>
    </message>
    <message>
        <source>Defined by RFC 3312 for the preconditions framework: an offer can state, in SDP curr, des and conf attributes, resources that must be in place before the called user is alerted, typically QoS reservation on the access networks at each end. An answerer that cannot, or will not, meet the mandatory preconditions rejects the offer with 580, and the response should carry an SDP body describing which preconditions failed. It is a final response, seen mainly in IMS, VoLTE and VoNR networks when the dedicated voice bearer cannot be set up. A peer that does not support the extension at all rejects an INVITE carrying Require: precondition with 420 (Bad Extension) instead.</source>
        <comment>580 explanation</comment>
        <translation>由 RFC 3312 为前提条件（precondition）框架定义：提议可以通过 SDP 的 curr、des、conf 属性声明在向被叫振铃之前必须就绪的资源，通常是两端接入网的 QoS 资源预留。应答方如果无法或不愿满足提议中的强制（mandatory）前提条件，就以 580 拒绝该提议，响应中应携带一个说明哪些前提条件未满足的 SDP 消息体。这是最终响应，主要见于 IMS、VoLTE 和 VoNR 网络中无法建立专用语音承载的场景。如果对端根本不支持该扩展，它会以 420（Bad Extension）拒绝携带 Require: precondition 的 INVITE。</translation>
    </message>
    <message>
        <source>The network could not reserve the resources needed for good call quality, so the call was not connected. Try again, ideally where signal coverage is better; if it keeps failing, report it to your operator.</source>
        <comment>580 user advice</comment>
        <translation>网络无法为保证通话质量预留所需的资源，因此呼叫未能接通。请重试，最好换到信号更好的位置；如果仍然失败，请报告给运营商。</translation>
    </message>
    <message>
        <source>Check the SDP of the INVITE, of any 183 and of the 580 itself: compare the des (desired) and curr (current) lines per media stream and direction to see which segment, local or remote, failed to reserve. In IMS, follow the reservation on the network side (the PCRF or PCF policy request and the dedicated bearer or QoS flow setup) at the time of the 580, and read the Reason header field for the release cause. Make sure both sides support 100rel and UPDATE, which preconditions rely on, and that no SBC in the path strips the precondition option tag or the curr and des attributes.</source>
        <comment>580 engineer advice</comment>
        <translation>检查 INVITE、各个 183 以及 580 本身的 SDP：按媒体流和方向对比 des（期望状态）与 curr（当前状态）行，判断是本端还是远端哪一段资源预留失败。在 IMS 中，跟踪 580 发生时网络侧的资源预留过程（向 PCRF 或 PCF 的策略请求，以及专用承载或 QoS 流的建立），并查看 Reason 头域中的释放原因。确认双方都支持前提条件所依赖的 100rel 和 UPDATE，并确认路径上没有 SBC 删除 precondition 选项标签或 curr、des 属性。</translation>
    </message>
    <message>
        <source>quality-of-service reserve radio LTE 5G</source>
        <comment>580 keywords</comment>
        <translation>前提条件失败 先决条件失败 前置条件 资源预留 QoS 承载 专用承载 VoLTE VoNR</translation>
    </message>
    <message>
        <source>Busy everywhere</source>
        <comment>600 name</comment>
        <translation>全忙</translation>
    </message>
    <message>
        <source>The callee was reached but is busy, and no other device or service will take the call.</source>
        <comment>600 summary</comment>
        <translation>已联系到被叫，但被叫正忙，且没有其他终端或业务会接听该呼叫。</translation>
    </message>
    <message>
        <source>600 is a global failure response: the callee is busy and does not want the call now, and the responder knows that no other device or service, such as voicemail, would answer it either. Otherwise 486 Busy Here should be used, which lets the search for the user continue. A Retry-After header field may say when to call again; a callee that does not want to give the reason uses 603 instead. Because it is a 6xx, a stateful proxy that receives it should cancel all other pending branches, must not start new ones, and returns a 6xx to the caller in preference to any other failure. The caller should not try the same user at other addresses.</source>
        <comment>600 explanation</comment>
        <translation>600 是全局失败响应，表示被叫正忙、现在不想接听，而且响应方确认不会有其他设备或业务（例如语音信箱）代为接听。否则应使用 486 Busy Here，以便继续在其他地方寻找该用户。Retry-After 头域可以说明何时再呼；不愿透露拒绝原因的被叫应改用 603。由于属于 6xx，收到它的有状态代理服务器应取消其他所有未完成的分支，不得再建立新分支，并优先于其他失败响应把 6xx 返回主叫。主叫不应再到其他地址尝试同一用户。</translation>
    </message>
    <message>
        <source>The person you called is busy and cannot take your call on any of their devices. Try again later.</source>
        <comment>600 user advice</comment>
        <translation>被叫正忙，其所有设备都无法接听您的呼叫。请稍后再试。</translation>
    </message>
    <message>
        <source>600 rarely comes from a phone; it usually comes from a PBX, hunt group or application server that knows all of the user&apos;s devices are busy. Check which element sent it (Via, Server, Reason header field) and whether a 486 from one device was wrongly converted into 600, which stops forking and voicemail. A Retry-After value, if present, tells when the callee expects to be free.</source>
        <comment>600 engineer advice</comment>
        <translation>600 很少由话机发出，通常来自知道该用户所有设备都在忙的 PBX、群组或应用服务器。检查是哪个网元发出的（Via、Server、Reason 头域），以及是否把某台设备的 486 错误地转换成了 600，这会终止分叉和语音信箱。如有 Retry-After，其值表示被叫预计何时空闲。</translation>
    </message>
    <message>
        <source>engaged occupied line-busy</source>
        <comment>600 keywords</comment>
        <translation>全忙 忙 用户忙 占线 所有终端忙 600</translation>
    </message>
    <message>
        <source>Decline</source>
        <comment>603 name</comment>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>The callee&apos;s device was reached, but the user explicitly declined the call.</source>
        <comment>603 summary</comment>
        <translation>已联系到被叫设备，但用户明确拒绝了呼叫。</translation>
    </message>
    <message>
        <source>603 is a global failure response: the call reached the callee&apos;s device, and the user deliberately refused it or cannot take part, without giving a reason. It is typically sent when the user presses reject, or by do-not-disturb and call-screening features. The response may give a better time to call in a Retry-After header field. It should be returned only when no other end point will answer the request, because as a 6xx it makes a stateful proxy cancel its other branches, stop forking and pass the 6xx upstream. The caller should not retry the same request elsewhere. A rejection based on the caller&apos;s identity (spam) is better signalled with 607, and a rejection by a network analytics engine with 608.</source>
        <comment>603 explanation</comment>
        <translation>603 是全局失败响应，表示被叫设备已收到呼叫，但用户明确表示不愿或不能参与，且不给出原因。通常在用户按下拒接键时发送，或由免打扰、来电筛选功能发送。响应可以在 Retry-After 头域中给出更合适的呼叫时间。只有确知没有其他终端会接听时才应返回 603，因为作为 6xx，它会使有状态代理服务器取消其他分支、停止分叉并把 6xx 向上游返回。主叫不应在其他地方重试同一请求。基于主叫身份的拒绝（骚扰电话）更适合用 607 表示，由网络分析引擎作出的拒绝则用 608。</translation>
    </message>
    <message>
        <source>The person you called rejected the call. You can try again later or contact them another way.</source>
        <comment>603 user advice</comment>
        <translation>被叫拒绝了您的呼叫。您可以稍后再试，或通过其他方式联系对方。</translation>
    </message>
    <message>
        <source>Phones differ: many send 603 when the user presses reject, others send 486 or 480. If every call gets 603, check do-not-disturb, call-rejection and anonymous-call rules on the callee&apos;s device or PBX, and blacklists at the carrier. Towards the PSTN, gateways usually map 603 to ISDN cause 21 (call rejected). Because 603 ends forking, a single phone answering 603 behind a forking proxy can cancel the other devices of the same user.</source>
        <comment>603 engineer advice</comment>
        <translation>各话机行为不同：很多在用户按拒接键时发 603，也有的发 486 或 480。如果所有呼叫都收到 603，请检查被叫设备或 PBX 上的免打扰、拒接和匿名来电规则，以及运营商侧的黑名单。往 PSTN 方向，网关通常把 603 映射为 ISDN 原因值 21（呼叫被拒绝）。由于 603 会终止分叉，在分叉代理服务器之后，一部话机回 603 就可能取消同一用户其他设备的振铃。</translation>
    </message>
    <message>
        <source>refuse ignore dismiss</source>
        <comment>603 keywords</comment>
        <translation>拒绝 拒接 用户拒绝 拒听 挂断 免打扰 603</translation>
    </message>
    <message>
        <source>Does not exist anywhere</source>
        <comment>604 name</comment>
        <translation>任何地方均不存在</translation>
    </message>
    <message>
        <source>The server has authoritative information that the called user does not exist anywhere.</source>
        <comment>604 summary</comment>
        <translation>服务器有权威信息表明被叫用户在任何地方都不存在。</translation>
    </message>
    <message>
        <source>604 is a global failure response: the server has authoritative information that the user identified in the Request-URI does not exist anywhere, not just in the domain or at the instance it serves. It is the global counterpart of 404 Not Found, which only covers the domain in the Request-URI. Only an element with authoritative knowledge of all the user&apos;s possible locations, such as a number-portability database or the home network of the number, should send it. As a 6xx it makes a stateful proxy cancel pending branches and create no new ones, and the caller should not try elsewhere. RFC 8688 notes that call-blocking services sometimes misuse 604 to make spam callers drop a number, which can make the number look non-existent to everyone; 608 exists for that case.</source>
        <comment>604 explanation</comment>
        <translation>604 是全局失败响应：服务器有权威信息表明 Request-URI 所指的用户在任何地方都不存在，而不仅仅是在其服务的域或实例中不存在。它是 404 Not Found 的全局版本，后者只针对 Request-URI 中的域。只有掌握该用户所有可能位置的权威信息的网元（例如携号转网数据库或号码归属网络）才应发送它。作为 6xx，它使有状态代理服务器取消未完成的分支且不再建立新分支，主叫也不应再到别处尝试。RFC 8688 指出，有些拦截骚扰电话的服务会滥用 604，想让骚扰方把号码从名单中删掉，结果可能使该号码对所有人都显示为不存在；608 就是为这种情形定义的。</translation>
    </message>
    <message>
        <source>The number or address you called does not exist. Check that you dialled it correctly.</source>
        <comment>604 user advice</comment>
        <translation>您拨打的号码或地址不存在，请检查是否拨错。</translation>
    </message>
    <message>
        <source>Check the dialled number format first (missing country or area code, a wrong prefix, number translation on the PBX or SBC), since wrong normalisation is the usual cause. Find the element that sent 604 and confirm that it really has authoritative data; a misconfigured routing table or an out-of-date porting database can produce 604 for valid numbers. Gateways following RFC 3398 map ISDN cause 1 (unallocated number) to 404, not 604.</source>
        <comment>604 engineer advice</comment>
        <translation>先检查所拨号码的格式（缺少国家码或区号、前缀错误、PBX 或 SBC 上的号码变换），号码规整错误是最常见的原因。找出发送 604 的网元，确认它确实掌握权威数据；路由表配置错误或过时的携号转网数据库都可能对有效号码返回 604。遵循 RFC 3398 的网关会把 ISDN 原因值 1（空号）映射为 404，而不是 604。</translation>
    </message>
    <message>
        <source>nonexistent invalid vacant wrong-number unknown-user</source>
        <comment>604 keywords</comment>
        <translation>号码不存在 空号 用户不存在 无此用户 不存在 604</translation>
    </message>
    <message>
        <source>Not acceptable</source>
        <comment>606 name</comment>
        <translation>不可接受</translation>
    </message>
    <message>
        <source>The callee&apos;s agent was reached, but the session description (media, bandwidth or addressing) is not acceptable anywhere.</source>
        <comment>606 summary</comment>
        <translation>已联系到被叫的用户代理，但会话描述（媒体、带宽或寻址方式）在任何地方都无法接受。</translation>
    </message>
    <message>
        <source>606 is a global failure response: the user&apos;s agent received the request but cannot accept parts of the session description, for example the media types, the bandwidth or the addressing style requested. In other words, the callee is willing to talk, but not with the media offered. The response may contain Warning header fields with codes from RFC 3261 §20.43 (for example 305 Incompatible media format or 370 Insufficient bandwidth) and a body describing the media capabilities, formatted per the INVITE&apos;s Accept header field or as application/sdp. It should be returned only when no other end point will answer; otherwise 488 Not Acceptable Here is the right code. As a 6xx it stops forking. Whether to retry with a different offer is up to the caller.</source>
        <comment>606 explanation</comment>
        <translation>606 是全局失败响应：用户代理已收到请求，但无法接受会话描述中的部分内容，例如所请求的媒体类型、带宽或寻址方式。换言之，被叫愿意通话，只是不接受所提议的媒体。响应可以携带 Warning 头域，使用 RFC 3261 §20.43 中的警告码（如 305 Incompatible media format 或 370 Insufficient bandwidth），也可以携带描述媒体能力的消息体，其格式按 INVITE 的 Accept 头域确定，缺省为 application/sdp。只有确知没有其他终端会接听时才应返回 606，否则应使用 488 Not Acceptable Here。作为 6xx，它会终止分叉。是否以不同的提议重试由主叫决定。</translation>
    </message>
    <message>
        <source>The call could not be set up because the devices could not agree on how to send audio or video. Contact your administrator if this keeps happening.</source>
        <comment>606 user advice</comment>
        <translation>由于双方设备无法就语音或视频的传送方式达成一致，呼叫无法建立。如果反复出现，请联系管理员。</translation>
    </message>
    <message>
        <source>Compare the codecs, media types and attributes in the INVITE&apos;s SDP with what the callee supports. Typical causes are no common codec (for example G.729 only against a G.711-only trunk), video or T.38 offered where it is not allowed, SRTP required on one side only (RTP/SAVP against RTP/AVP), or IPv6 addresses against an IPv4-only peer. Read the Warning header field and any SDP in the 606. Many devices send 488 for the same problems; 606 should only come from an element that speaks for all of the user&apos;s devices.</source>
        <comment>606 engineer advice</comment>
        <translation>对比 INVITE 的 SDP 中的编解码器、媒体类型和属性与被叫支持的能力。常见原因有：没有共同的编解码器（例如只提供 G.729，而中继只支持 G.711）、在不允许的地方提供了视频或 T.38、只有一方要求 SRTP（RTP/SAVP 对 RTP/AVP），或向只支持 IPv4 的对端提供 IPv6 地址。查看 606 中的 Warning 头域和 SDP（如有）。很多设备遇到同样问题时发送 488；606 只应由能代表该用户所有设备的网元发出。</translation>
    </message>
    <message>
        <source>mismatch transcoding payload negotiation</source>
        <comment>606 keywords</comment>
        <translation>不可接受 编解码 媒体 编码 编解码器不匹配 媒体协商失败 SDP 606</translation>
    </message>
    <message>
        <source>Unwanted</source>
        <comment>607 name</comment>
        <translation>不想接听</translation>
    </message>
    <message>
        <source>The called user rejected the call because they do not want calls from this caller, typically marking it as spam.</source>
        <comment>607 summary</comment>
        <translation>被叫用户因不愿接听该主叫的来电而拒绝了呼叫，通常是将其标记为骚扰电话。</translation>
    </message>
    <message>
        <source>607 Unwanted, defined by RFC 8197, is a global failure response that the called user&apos;s agent sends when the user rejects a call, message or subscription because of who is calling, typically by pressing a spam or block button. It differs from 603 Decline, which says nothing about the caller. It may be used for INVITE, MESSAGE, SUBSCRIBE or other out-of-dialog requests, and 607 may also appear as the cause in a Reason header field of a BYE or CANCEL. Receivers need do nothing beyond normal 6xx handling, but the service provider may use it to blacklist the caller for this user, feed call-analytics systems, start a traceback or report the number. A registrar can advertise support with the sip.607 feature-capability indicator.</source>
        <comment>607 explanation</comment>
        <translation>607 Unwanted 由 RFC 8197 定义，是全局失败响应：被叫用户因为来电者是谁而拒绝呼叫、消息或订阅时（通常是按下“骚扰”或“拦截”按钮），由被叫的用户代理发送。它不同于 603 Decline，后者不涉及主叫身份。它可用于 INVITE、MESSAGE、SUBSCRIBE 或其他对话外请求，607 也可以作为 BYE 或 CANCEL 中 Reason 头域的 cause 值出现。接收方除常规 6xx 处理外无须做任何事，但服务提供商可以利用它把主叫加入该用户的黑名单、作为呼叫分析系统的输入、发起溯源或上报该号码。注册服务器可以用 sip.607 特性能力指示符声明支持该功能。</translation>
    </message>
    <message>
        <source>The person you called has marked your calls as unwanted. If you think this is a mistake, contact them another way.</source>
        <comment>607 user advice</comment>
        <translation>被叫已把您的来电标记为不想接听。如果您认为这是误判，请通过其他方式联系对方。</translation>
    </message>
    <message>
        <source>A 607 reflects a human decision on the callee&apos;s side; check the callee&apos;s device or PBX blocklist before suspecting the network. Because providers may feed 607 into spam scoring, repeated 607s against a legitimate number (for example an outbound business campaign) can get it blocked elsewhere, and 608 responses may follow. Verify the caller ID you present (From, P-Asserted-Identity) and its STIR/SHAKEN attestation.</source>
        <comment>607 engineer advice</comment>
        <translation>607 代表被叫侧的人为决定；在怀疑网络之前，先检查被叫设备或 PBX 的拦截名单。由于服务提供商可能把 607 用于骚扰评分，合法号码（例如企业外呼活动）若屡遭 607，可能在其他地方也被拦截，随后还可能出现 608。请核实您呈现的主叫号码（From、P-Asserted-Identity）及其 STIR/SHAKEN 认证级别。</translation>
    </message>
    <message>
        <source>robocall nuisance telemarketing scam junk</source>
        <comment>607 keywords</comment>
        <translation>不想接听 骚扰电话 垃圾电话 营销电话 诈骗电话 标记 拉黑 607</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>608 name</comment>
        <translation>被拦截</translation>
    </message>
    <message>
        <source>An intermediary, such as a call-analytics or spam-filtering service, rejected the call on the user&apos;s behalf.</source>
        <comment>608 summary</comment>
        <translation>中间网元（如呼叫分析或骚扰过滤服务）代表用户拒绝了该呼叫。</translation>
    </message>
    <message>
        <source>608 Rejected, defined by RFC 8688, is a global failure response sent by an intermediary, a proxy or B2BUA acting for a call-analytics engine, that rejected the call as unwanted on the user&apos;s behalf; the callee&apos;s device usually never sees the INVITE. It separates a machine decision from a human one (607). Unless there are signs that the caller would misuse it, the intermediary must include a Call-Info header field with purpose=jwscard that refers to a signed jCard telling the caller how to contact the blocking party and appeal. UACs announce support with the sip.608 feature capability; for callers without it, an element that understands 608 must play an announcement in early media (a reliable 183) and still forward the 608.</source>
        <comment>608 explanation</comment>
        <translation>608 Rejected 由 RFC 8688 定义，是全局失败响应，由作为呼叫分析引擎的中间网元（代理服务器或背靠背用户代理 (B2BUA)）在代表用户把呼叫判定为骚扰并拒绝时发送；被叫设备通常根本收不到 INVITE。它把机器判定与人为判定（607）区分开来。只要没有迹象表明主叫会滥用，中间网元就必须携带 purpose=jwscard 的 Call-Info 头域，指向一个经签名的 jCard，告诉主叫如何联系拦截方并申诉。UAC 通过 sip.608 特性能力声明支持；对不支持的主叫，理解 608 的网元必须以早期媒体（可靠的 183）播放提示音，并仍然转发 608。</translation>
    </message>
    <message>
        <source>Your call was blocked by a call-filtering service, not by the person you called. If you are a legitimate caller, use the contact details in the announcement or response to ask for the block to be removed.</source>
        <comment>608 user advice</comment>
        <translation>您的呼叫被呼叫过滤服务拦截了，而不是被叫本人拒绝。如果您是正当来电者，请按提示音或响应中的联系方式申请解除拦截。</translation>
    </message>
    <message>
        <source>Read the Call-Info header field: its jCard (a JWS with an iat claim) names the operator that blocked the call, which is where to appeal. Check the caller ID and STIR/SHAKEN attestation you send, your call patterns (high volume, very short calls) and complaints that may have triggered the analytics. If your UAC shows only a generic error, it probably lacks 608 support (no sip.608 in Feature-Caps) and treats it as a plain 6xx; the reliable 183 announcement is then the only information the caller gets.</source>
        <comment>608 engineer advice</comment>
        <translation>查看 Call-Info 头域：其中的 jCard（带 iat 声明的 JWS）写明了拦截呼叫的运营方，即申诉对象。检查您发送的主叫号码及 STIR/SHAKEN 认证级别、呼叫模式（呼叫量大、通话极短），以及可能触发分析系统的投诉。如果您的 UAC 只显示一般性错误，它很可能不支持 608（Feature-Caps 中没有 sip.608），只把它当作普通 6xx 处理，此时可靠 183 中的提示音就是主叫能得到的唯一信息。</translation>
    </message>
    <message>
        <source>robocall screening nuisance fraud</source>
        <comment>608 keywords</comment>
        <translation>被拦截 拦截 骚扰拦截 反骚扰 防诈骗 误拦截 申诉 608</translation>
    </message>
    <message>
        <source>Link torn down</source>
        <comment>gb28181 120 name</comment>
        <translation>链路被断开</translation>
    </message>
    <message>
        <source>The target device or platform sent BYE and ended the media link.</source>
        <comment>gb28181 120 summary</comment>
        <translation>目标设备或平台发送了 BYE，断开了媒体链路。</translation>
    </message>
    <message>
        <source>A status that video-surveillance platforms built on GB/T 28181 (the Chinese national standard for networked video surveillance) report when a media link has been torn down: the target device or platform sent a BYE that ended the live-view, playback or download session. The real SIP event is the BYE request itself, which RFC 3261 §15 lets either party send on a confirmed dialog and which the receiver answers with 200 OK. The IETF has not registered any 120 code; if a 120 ever arrives as a status line, a standard UAC must treat an unrecognised provisional response like 183 (Session Progress), so it ends nothing by itself. The reason phrase on the wire varies between platforms and is often Chinese.</source>
        <comment>gb28181 120 explanation</comment>
        <translation>基于 GB/T 28181（公共安全视频监控联网系统信息传输、交换、控制技术要求）国家标准的视频监控平台用这一状态表示媒体链路已被断开：目标设备或平台发送了 BYE，结束了实时点播、录像回放或下载会话。真正的 SIP 事件是 BYE 请求本身；按照 RFC 3261 第 15 节，已确认对话中的任一方都可以发送 BYE，接收方以 200 OK 响应。IETF 并未注册 120 这个状态码；如果 120 真的出现在状态行中，标准 UAC 必须把无法识别的临时响应当作 183（Session Progress）处理，因此它本身并不会结束任何会话。线路上的原因短语因平台而异，常常是中文。</translation>
    </message>
    <message>
        <source>The camera or the remote platform ended the video stream. Open the video again; if it keeps stopping, ask the administrator to check the device and the network link.</source>
        <comment>gb28181 120 user advice</comment>
        <translation>摄像机或远端平台主动结束了视频流。请重新打开视频；如果频繁中断，请管理员检查设备和网络链路。</translation>
    </message>
    <message>
        <source>Capture the signalling and find the BYE: its From, To and Via show whether the device, a lower platform or the media server ended the session, and a Reason header field, if present, may say why. Common triggers are the device rebooting or dropping off (check its registration and keep-alive MESSAGEs around that time), a media server that stopped receiving RTP and closed the stream after its timeout, the device&apos;s concurrent-stream limit being reached, and an upper platform closing idle sessions. Compare the BYE time with the RTP in the capture: if the stream stopped well before the BYE, look at the media path (NAT, firewall, TCP active or passive mode) rather than at signalling.</source>
        <comment>gb28181 120 engineer advice</comment>
        <translation>抓取信令并找到该 BYE：根据其 From、To 和 Via 判断是设备、下级平台还是流媒体服务器结束了会话；如果带有 Reason 头域，可能会说明原因。常见诱因有：设备重启或掉线（检查该时间点前后的注册和心跳保活 MESSAGE）、流媒体服务器收不到 RTP 后超时关闭了流、设备并发路数达到上限，以及上级平台关闭空闲会话。把 BYE 的时间与抓包中的 RTP 对照：如果码流在 BYE 之前很久就已中断，应排查媒体路径（NAT、防火墙、TCP 主动或被动模式），而不是信令。</translation>
    </message>
    <message>
        <source>disconnect hang-up stream-stopped dropped teardown</source>
        <comment>gb28181 120 keywords</comment>
        <translation>链路断开 链路被断开 断流 视频中断 点播中断 挂断 平台 级联</translation>
    </message>
    <message>
        <source>Device offline</source>
        <comment>gb28181 301 name</comment>
        <translation>设备离线</translation>
    </message>
    <message>
        <source>The requested camera or device is not online on the video platform.</source>
        <comment>gb28181 301 summary</comment>
        <translation>被请求的摄像机或设备在视频平台上不在线。</translation>
    </message>
    <message>
        <source>Returned by a GB/T 28181 video platform when the requested device (camera, NVR or encoder channel, identified by its 20-digit code) is not currently online, so a live-view, playback or control request cannot be delivered. A platform considers a device online while its registration is valid and its keep-alive MESSAGEs keep arriving; missed heartbeats or an expired REGISTER mark it offline. Beware the clash with the IETF registry, where 301 means Moved Permanently: a redirect telling the client to retry at the address in the Contact header field and update its address book. A generic SIP stack may therefore try to redirect, or fail for lack of a Contact. It is final. The reason phrase on the wire varies between platforms and is often Chinese.</source>
        <comment>gb28181 301 explanation</comment>
        <translation>GB/T 28181 视频平台在被请求的设备（摄像机、NVR 或编码器通道，以 20 位编码标识）当前不在线、无法投递实时点播、回放或控制请求时返回此码。平台在设备注册有效且心跳保活 MESSAGE 持续到达时认为其在线；心跳超时或 REGISTER 过期后即判定离线。注意它与 IETF 注册表的冲突：在 IETF 中 301 表示 Moved Permanently（永久迁移），即一种重定向，要求客户端改用 Contact 头域中的地址重试并更新本地地址簿。因此通用 SIP 协议栈可能会尝试重定向，或因没有 Contact 而失败。这是最终响应。线路上的原因短语因平台而异，常常是中文。</translation>
    </message>
    <message>
        <source>The camera or device you selected is offline. Check that it has power and a network connection, or ask the administrator to bring it back online.</source>
        <comment>gb28181 301 user advice</comment>
        <translation>您选择的摄像机或设备当前离线。请检查其供电和网络连接，或联系管理员使其恢复在线。</translation>
    </message>
    <message>
        <source>On the platform, check the device&apos;s registration state and the time of its last keep-alive; GB/T 28181 devices commonly send a heartbeat every 60 seconds and are marked offline after three missed ones, so look for REGISTER refreshes and Keepalive MESSAGEs in a capture. Typical causes are a wrong SIP server ID, domain, IP address, port or password on the device, NAT or firewall mappings that expire between heartbeats, the device being registered to another platform, and duplicate device IDs. In a cascade, confirm that the lower platform still lists the device as online in its catalog before blaming the upper platform.</source>
        <comment>gb28181 301 engineer advice</comment>
        <translation>在平台上查看该设备的注册状态和最后一次心跳时间；GB/T 28181 设备通常每 60 秒发送一次心跳，连续 3 次未收到即判为离线，因此应在抓包中查找 REGISTER 刷新和 Keepalive MESSAGE。常见原因有：设备上配置的 SIP 服务器编号、域、IP 地址、端口或密码有误；NAT 或防火墙映射在两次心跳之间老化；设备注册到了其他平台；设备编号重复。在级联场景中，先确认下级平台的目录中该设备仍显示在线，再排查上级平台。</translation>
    </message>
    <message>
        <source>unregistered disconnected unreachable camera-offline</source>
        <comment>gb28181 301 keywords</comment>
        <translation>设备离线 设备不在线 不在线 掉线 离线 心跳 注册 摄像机离线 平台 级联</translation>
    </message>
    <message>
        <source>Video loss alarm</source>
        <comment>gb28181 302 name</comment>
        <translation>视频丢失报警</translation>
    </message>
    <message>
        <source>The channel&apos;s video signal is lost, so no picture can be delivered.</source>
        <comment>gb28181 302 summary</comment>
        <translation>通道视频信号丢失，无法提供画面。</translation>
    </message>
    <message>
        <source>Used by GB/T 28181 video platforms to report that a channel&apos;s video signal is lost: the encoder or NVR is reachable but receives no picture from the camera, so the request for video cannot be served. Video loss is also one of the device alarm types a GB/T 28181 device can raise with an Alarm notification in a MESSAGE, so the same event may already be visible in the alarm log. In the IETF registry 302 means Moved Temporarily, a redirect asking the client to retry, for now, at the address in the Contact header field, and a generic SIP client may act on it that way. The reason phrase on the wire varies between platforms and is often Chinese. It is final; retrying only helps once the video input is restored.</source>
        <comment>gb28181 302 explanation</comment>
        <translation>GB/T 28181 视频平台用它报告通道视频信号丢失：编码器或 NVR 可以访问，但收不到摄像机的画面，因此无法提供视频。视频丢失也是 GB/T 28181 设备可通过 MESSAGE 中的 Alarm 通知上报的设备报警类型之一，所以同一事件可能已经出现在报警记录中。在 IETF 注册表中，302 表示 Moved Temporarily（临时迁移），即要求客户端暂时改用 Contact 头域中的地址重试的重定向，通用 SIP 客户端可能按此处理。线路上的原因短语因平台而异，常常是中文。这是最终响应；只有视频输入恢复后重试才有意义。</translation>
    </message>
    <message>
        <source>The camera is connected to the system but is not sending a picture. Ask the administrator or maintenance staff to check the camera, its cable and its power.</source>
        <comment>gb28181 302 user advice</comment>
        <translation>摄像机已接入系统，但没有输出画面。请联系管理员或维护人员检查摄像机、线缆及供电。</translation>
    </message>
    <message>
        <source>Check the physical video input first: for analogue or HD-over-coax cameras behind an encoder or DVR, the camera&apos;s power supply, the coax or twisted-pair cable and the connectors; for IP cameras behind an NVR, whether the NVR still pulls a stream from the camera. Find the matching video loss alarm and its time in the platform&apos;s alarm log, and confirm that the channel ID in the request maps to the input that is actually wired. If the picture is fine locally on the device, check whether the device raises the alarm falsely (firmware, wrong channel mapping) before escalating.</source>
        <comment>gb28181 302 engineer advice</comment>
        <translation>先检查物理视频输入：对于接在编码器或 DVR 后的模拟或同轴高清摄像机，检查摄像机供电、同轴或双绞线线缆及接头；对于接在 NVR 后的网络摄像机，检查 NVR 是否仍能从摄像机拉到码流。在平台的报警记录中找到对应的视频丢失报警及其时间，并确认请求中的通道编号确实对应已接线的那一路输入。如果在设备本地看画面正常，先排查设备是否误报（固件问题、通道映射错误），再升级处理。</translation>
    </message>
    <message>
        <source>no-signal black-screen blank nosignal picture</source>
        <comment>gb28181 302 keywords</comment>
        <translation>视频丢失 视频丢失报警 无视频 无信号 黑屏 画面丢失 报警 通道 平台</translation>
    </message>
    <message>
        <source>SIP signalling error</source>
        <comment>gb28181 303 name</comment>
        <translation>SIP 信令异常</translation>
    </message>
    <message>
        <source>The SIP signalling exchange with the device or platform went wrong.</source>
        <comment>gb28181 303 summary</comment>
        <translation>与设备或平台之间的 SIP 信令交互出现异常。</translation>
    </message>
    <message>
        <source>A generic error used by GB/T 28181 video platforms when the SIP signalling exchange with a device or another platform went wrong: a message was malformed or unexpected, a required field was missing, or the dialog got out of step. It says little on its own; the platform log usually holds the detail. 303 is not registered in the SIP response-code registry at all (303 See Other exists only in HTTP), so under RFC 3261 §8.1.3.2 a standard SIP UAC falls back to treating it as 300 (Multiple Choices), a redirection, which is unlikely to help. The reason phrase on the wire varies between platforms and is often Chinese. It is final; the request has to be corrected before a retry can succeed.</source>
        <comment>gb28181 303 explanation</comment>
        <translation>GB/T 28181 视频平台在与设备或其他平台的 SIP 信令交互出错时使用的通用错误：消息格式错误或不符合预期、缺少必填字段，或对话状态不一致。它本身提供的信息很少，细节通常在平台日志中。303 根本没有在 SIP 响应码注册表中注册（303 See Other 只存在于 HTTP 中），因此按 RFC 3261 第 8.1.3.2 节，标准 SIP UAC 会把它当作 300（Multiple Choices）这一重定向响应处理，这通常无济于事。线路上的原因短语因平台而异，常常是中文。这是最终响应；必须先修正请求，重试才可能成功。</translation>
    </message>
    <message>
        <source>The video system and the device could not understand each other&apos;s control messages. Try again later; if it persists, the administrator needs to check the device&apos;s settings or firmware.</source>
        <comment>gb28181 303 user advice</comment>
        <translation>视频系统与设备之间无法正确识别对方的控制消息。请稍后重试；如果问题持续，需要管理员检查设备的配置或固件。</translation>
    </message>
    <message>
        <source>Capture the exchange and compare each message with GB/T 28181: Request-URI, From and To using the 20-digit device and platform IDs with the right domain; a Content-Type of Application/MANSCDP+xml for MANSCDP bodies and application/sdp for SDP; a well-formed XML body with the expected CmdType, SN and DeviceID; and an SDP with the y= (SSRC) line and the right s= value (Play, Playback, Download). Check the character encoding (GB2312 or UTF-8) of XML bodies, and find the exact parse error in the platform log. Interoperability problems between vendors&apos; firmware versions are a frequent cause, so test with the device&apos;s latest firmware.</source>
        <comment>gb28181 303 engineer advice</comment>
        <translation>抓取交互过程，逐条对照 GB/T 28181 检查：Request-URI、From、To 是否使用 20 位设备编号和平台编号且域正确；MANSCDP 消息体的 Content-Type 是否为 Application/MANSCDP+xml，SDP 是否为 application/sdp；XML 消息体格式是否正确，CmdType、SN、DeviceID 是否符合预期；SDP 中是否有 y=（SSRC）行，s= 取值是否正确（Play、Playback、Download）。检查 XML 消息体的字符编码（GB2312 或 UTF-8），并在平台日志中找到具体的解析错误。不同厂商固件版本之间的互通问题很常见，建议用设备的最新固件进行测试。</translation>
    </message>
    <message>
        <source>protocol abnormal exception interop compatibility</source>
        <comment>gb28181 303 keywords</comment>
        <translation>SIP信令异常 信令异常 信令错误 协议错误 解析失败 互通 对接 兼容性 国标 平台</translation>
    </message>
    <message>
        <source>From/To routing failed</source>
        <comment>gb28181 431 name</comment>
        <translation>From/To 路由判断失败</translation>
    </message>
    <message>
        <source>The platform could not route the request on the basis of its From and To header fields.</source>
        <comment>gb28181 431 summary</comment>
        <translation>平台无法根据请求的 From 和 To 头域完成路由判断。</translation>
    </message>
    <message>
        <source>Returned by a GB/T 28181 platform or its routing server when it could not decide where to send a request from the From and To header fields. In a cascade of platforms, routing is done on the 20-digit IDs: the destination ID in To must belong to a domain or device range the platform knows, and the source in From must be a known device, lower platform or upper platform. 431 is not an IETF code; a standard SIP UAC treats it as 400 (Bad Request), and RFC 3261 §8.1.3.2 happens to use 431 as its very example of an unrecognised final response. The reason phrase on the wire varies between platforms and is often Chinese. It is final, and the request will fail again until the IDs or the routing configuration are fixed.</source>
        <comment>gb28181 431 explanation</comment>
        <translation>GB/T 28181 平台或其路由服务器无法根据 From 和 To 头域判断请求应发往何处时返回此码。在平台级联中，路由依据 20 位编号进行：To 中的目的编号必须属于本平台已知的域或设备编号范围，From 中的来源必须是已知的设备、下级平台或上级平台。431 不是 IETF 定义的状态码；标准 SIP UAC 会把它当作 400（Bad Request）处理，而 RFC 3261 第 8.1.3.2 节恰好就以 431 作为无法识别的最终响应的示例。线路上的原因短语因平台而异，常常是中文。这是最终响应，在编号或路由配置修正之前，请求会一再失败。</translation>
    </message>
    <message>
        <source>The video platform could not work out where to send your request. Ask the administrator to check the platform&apos;s configuration for this device.</source>
        <comment>gb28181 431 user advice</comment>
        <translation>视频平台无法确定应把您的请求发往何处。请联系管理员检查该设备在平台上的配置。</translation>
    </message>
    <message>
        <source>Capture the failing request and check the IDs in the Request-URI, From and To against the platform configuration: the first ten digits of a GB/T 28181 ID (centre and industry code) usually form the SIP domain, so a device or lower platform whose ID lies outside the configured domain or routing ranges cannot be routed. Verify that the upper and lower platforms have each other&apos;s platform ID, domain, IP address and port configured exactly, and that From and To use the ID@domain form the platform expects, not an IP address. After changing IDs, have the lower platform push its catalog again so the upper platform learns the new entries.</source>
        <comment>gb28181 431 engineer advice</comment>
        <translation>抓取失败的请求，把 Request-URI、From、To 中的编号与平台配置对照：GB/T 28181 编号的前 10 位（中心编码和行业编码）通常构成 SIP 域，编号不在已配置的域或路由范围内的设备或下级平台无法被路由。确认上下级平台相互配置的平台编号、域、IP 地址和端口完全一致，并确认 From 和 To 使用平台要求的“编号@域”形式，而不是 IP 地址。修改编号后，让下级平台重新上报目录，使上级平台获知新的条目。</translation>
    </message>
    <message>
        <source>route-failure misrouted id-mismatch unknown-domain</source>
        <comment>gb28181 431 keywords</comment>
        <translation>路由 路由失败 路由判断失败 编号 域编码 级联 上级平台 下级平台 平台</translation>
    </message>
    <message>
        <source>Security check failed</source>
        <comment>gb28181 432 name</comment>
        <translation>安全检查失败</translation>
    </message>
    <message>
        <source>The platform rejected the request because it failed a security check.</source>
        <comment>gb28181 432 summary</comment>
        <translation>请求未通过平台的安全检查，被平台拒绝。</translation>
    </message>
    <message>
        <source>Returned by a GB/T 28181 platform when a request fails its security checks before any routing or permission decision: for example the sender&apos;s address is not on the list of trusted peers, its registration or digest authentication is not valid, or, on platforms that enforce signed or encrypted signalling, a signature or certificate could not be verified. 432 is not an IETF code; under RFC 3261 §8.1.3.2 a standard SIP UAC treats it as 400 (Bad Request) and will not retry with credentials as it would after a 401. The reason phrase on the wire varies between platforms and is often Chinese. It is final; the peer&apos;s security configuration has to be corrected first.</source>
        <comment>gb28181 432 explanation</comment>
        <translation>GB/T 28181 平台在请求未通过其安全检查时返回此码，发生在任何路由或权限判断之前：例如发送方地址不在可信对端列表中、其注册或摘要鉴权无效，或者在强制信令签名或加密的平台上，签名或证书无法验证。432 不是 IETF 定义的状态码；按 RFC 3261 第 8.1.3.2 节，标准 SIP UAC 会把它当作 400（Bad Request）处理，不会像收到 401 那样携带凭据重试。线路上的原因短语因平台而异，常常是中文。这是最终响应；必须先修正对端的安全配置。</translation>
    </message>
    <message>
        <source>The video platform rejected the request for security reasons. Ask the administrator to check that this device or platform is allowed to connect.</source>
        <comment>gb28181 432 user advice</comment>
        <translation>视频平台出于安全原因拒绝了该请求。请联系管理员确认该设备或平台已获准接入。</translation>
    </message>
    <message>
        <source>Check the platform&apos;s security settings for the peer: the IP whitelist or trusted-peer list, the registration password and whether the device completed the 401 digest challenge, and, where certificate-based signalling security is used, the certificate chain, its validity dates and the device&apos;s clock. Capture to see whether the request came from the expected address and port (NAT can change the source), and find the rule that fired in the platform&apos;s security log.</source>
        <comment>gb28181 432 engineer advice</comment>
        <translation>检查平台针对该对端的安全设置：IP 白名单或可信对端列表、注册密码以及设备是否完成了 401 摘要质询；如果使用基于证书的信令安全机制，还要检查证书链、证书有效期和设备时钟。通过抓包确认请求是否来自预期的地址和端口（NAT 可能改变源地址），并在平台的安全日志中找到触发拒绝的规则。</translation>
    </message>
    <message>
        <source>blacklist blocked denied illegal untrusted</source>
        <comment>gb28181 432 keywords</comment>
        <translation>安全检查失败 安全校验 鉴权失败 认证失败 白名单 黑名单 证书 非法接入 平台</translation>
    </message>
    <message>
        <source>No permission</source>
        <comment>gb28181 433 name</comment>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>The requesting user or platform has no permission for the target device.</source>
        <comment>gb28181 433 summary</comment>
        <translation>发起请求的用户或平台对目标设备没有权限。</translation>
    </message>
    <message>
        <source>Returned by a GB/T 28181 platform, often a cascaded platform in another domain, when the user or platform making the request has no permission for the target device: the authorisation of platform user groups does not cover the device group the camera belongs to. It is an authorisation refusal, comparable to 403 (Forbidden). In the IETF registry, however, 433 means Anonymity Disallowed (RFC 5079): the server refuses requests from anonymous callers, and a generic SIP stack may report it that way. The reason phrase on the wire varies between platforms and is often Chinese. It is final; retrying without changing the authorisation fails again.</source>
        <comment>gb28181 433 explanation</comment>
        <translation>GB/T 28181 平台（常见于其他域的级联平台）在发起请求的用户或平台对目标设备没有权限时返回此码：平台用户组的授权未覆盖该摄像机所属的设备组。这是一种授权拒绝，相当于 403（Forbidden）。但在 IETF 注册表中，433 表示 Anonymity Disallowed（RFC 5079），即服务器拒绝匿名主叫的请求，通用 SIP 协议栈可能会按这一含义提示。线路上的原因短语因平台而异，常常是中文。这是最终响应；不调整授权直接重试仍会失败。</translation>
    </message>
    <message>
        <source>Your account is not allowed to view or control this camera. Ask the administrator to grant you access to it.</source>
        <comment>gb28181 433 user advice</comment>
        <translation>您的账号无权查看或控制这台摄像机。请联系管理员为您开通相应权限。</translation>
    </message>
    <message>
        <source>On the platform that returned 433, check that the user group or the upper platform&apos;s account is authorised for the device group containing the camera, and that the device appears in the catalog shared with the requesting platform. In a cascade, sharing is usually configured on the lower platform for each upper platform, so a camera newly added to a group may need the share applied again and the catalog pushed again. If the peer is a plain SIP system, also check whether it applied the IETF meaning, Anonymity Disallowed, because the From header field was anonymous.</source>
        <comment>gb28181 433 engineer advice</comment>
        <translation>在返回 433 的平台上，检查用户组或上级平台账号是否已获得摄像机所在设备组的授权，以及该设备是否出现在共享给请求方平台的目录中。级联时共享通常在下级平台上针对每个上级平台分别配置，新加入分组的摄像机可能需要重新应用共享并重新推送目录。如果对端是普通 SIP 系统，还要检查它是否因 From 头域为匿名而按 IETF 含义（Anonymity Disallowed）作出了拒绝。</translation>
    </message>
    <message>
        <source>access-denied rights privilege unauthorised</source>
        <comment>gb28181 433 keywords</comment>
        <translation>权限 没有权限 无权限 用户没有权限 权限检查失败 授权 用户组 设备组 级联 外域 平台</translation>
    </message>
    <message>
        <source>Platform send failure</source>
        <comment>gb28181 434 name</comment>
        <translation>平台消息发送失败</translation>
    </message>
    <message>
        <source>The platform could not send the message on because its routing lookup found no destination.</source>
        <comment>gb28181 434 summary</comment>
        <translation>平台的路由查找没有找到目的地址，无法继续发送该消息。</translation>
    </message>
    <message>
        <source>Returned by a GB/T 28181 platform when it accepted a request but could not send it on: its routing lookup found no destination address for the target ID, so the message never left the platform. The usual causes are a target outside the routing ranges configured for the platform or its routing server, and stale routing state, for example after the routing service was restarted while the platform kept running. 434 is not an IETF code; under RFC 3261 §8.1.3.2 a standard SIP UAC treats it as 400 (Bad Request). The reason phrase on the wire varies between platforms and is often Chinese. It is final; the routing configuration must be fixed before a retry can work.</source>
        <comment>gb28181 434 explanation</comment>
        <translation>GB/T 28181 平台已接受请求，但无法继续发送时返回此码：路由查找没有为目标编号找到目的地址，消息根本没有发出平台。常见原因是目标不在平台或其路由服务器所配置的路由范围内，或者路由状态陈旧，例如路由服务重启过而平台一直在运行。434 不是 IETF 定义的状态码；按 RFC 3261 第 8.1.3.2 节，标准 SIP UAC 会把它当作 400（Bad Request）处理。线路上的原因短语因平台而异，常常是中文。这是最终响应；必须先修正路由配置，重试才能成功。</translation>
    </message>
    <message>
        <source>The video platform could not forward your request to the device. Ask the administrator to check the platform&apos;s routing settings.</source>
        <comment>gb28181 434 user advice</comment>
        <translation>视频平台无法把您的请求转发到设备。请联系管理员检查平台的路由设置。</translation>
    </message>
    <message>
        <source>Check the platform&apos;s routing range configuration: the target device&apos;s ID, or its domain prefix, must fall within a range mapped to a reachable next hop (lower platform, upper platform or access gateway). If the routing service was restarted on its own, the platform may still hold stale routes; restart the platform so it loads them again. Then capture on the platform&apos;s outgoing side: if the message never appears there, the problem is the route table; if it leaves but gets no answer, look at the next hop instead.</source>
        <comment>gb28181 434 engineer advice</comment>
        <translation>检查平台的路由范围配置：目标设备编号或其域前缀必须落在某个已映射到可达下一跳（下级平台、上级平台或接入网关）的范围内。路由服务单独重启后，平台中缓存的路由可能已经失效，此时需要重启平台，使其重新加载路由。然后在平台的出口侧抓包：如果该消息根本没有出现，问题在路由表；如果消息已发出却没有应答，则应转而排查下一跳。</translation>
    </message>
    <message>
        <source>send-failed forwarding route-table unreachable destination</source>
        <comment>gb28181 434 keywords</comment>
        <translation>平台消息发送失败 消息发送失败 发送失败 路由 路由范围 路由表 目的地址 重启平台 级联 平台</translation>
    </message>
    <message>
        <source>Routing server error</source>
        <comment>gb28181 499 name</comment>
        <translation>路由服务器未知异常</translation>
    </message>
    <message>
        <source>The platform&apos;s routing server failed with an unclassified internal error.</source>
        <comment>gb28181 499 summary</comment>
        <translation>平台的路由服务器发生了无法归类的内部异常。</translation>
    </message>
    <message>
        <source>Returned by the routing server of a GB/T 28181 platform when it failed for a reason it cannot classify: an internal exception rather than a routing rule or permission decision. It plays the role that 500 (Server Internal Error) plays in the IETF registry but sits in the 4xx range, so under RFC 3261 §8.1.3.2 a standard SIP UAC treats it as 400 (Bad Request) and will not apply 5xx behaviour such as trying another server. The IETF has not registered 499. The reason phrase on the wire varies between platforms and is often Chinese. It is final; since the code says nothing about the cause, the routing server&apos;s logs are the only source of detail.</source>
        <comment>gb28181 499 explanation</comment>
        <translation>GB/T 28181 平台的路由服务器因无法归类的原因处理失败时返回此码：这是内部异常，而不是路由规则或权限判断的结果。它的作用相当于 IETF 注册表中的 500（Server Internal Error），却位于 4xx 范围，因此按 RFC 3261 第 8.1.3.2 节，标准 SIP UAC 会把它当作 400（Bad Request）处理，不会采取改投其他服务器等 5xx 处理方式。IETF 没有注册 499。线路上的原因短语因平台而异，常常是中文。这是最终响应；由于状态码本身不说明原因，只能从路由服务器的日志中获取细节。</translation>
    </message>
    <message>
        <source>The video platform hit an unexpected internal error. Try again later; if it happens again, tell the administrator when it occurred.</source>
        <comment>gb28181 499 user advice</comment>
        <translation>视频平台发生了意外的内部错误。请稍后重试；如果再次出现，请把发生时间告知管理员。</translation>
    </message>
    <message>
        <source>Before restarting anything, save the routing server&apos;s and the platform&apos;s logs covering the failure, together with a capture of the request and the 499, and send them to the platform vendor&apos;s support. Note the request type (registration, catalog, live view, playback), the source and destination IDs and the exact time so the vendor can match the log entries. Meanwhile check whether the failure always involves one device or peer platform, which can point to a data problem such as a malformed catalog entry.</source>
        <comment>gb28181 499 engineer advice</comment>
        <translation>在重启任何服务之前，先保存覆盖故障时段的路由服务器和平台日志，连同该请求和 499 的抓包，一并提交给平台厂商技术支持。记下请求类型（注册、目录、实时点播、回放）、源编号和目的编号以及准确时间，便于厂商对应日志条目。同时检查故障是否总是与某一台设备或某个对端平台相关，这可能指向数据问题，例如某条目录记录格式有误。</translation>
    </message>
    <message>
        <source>unknown exception bug crash report</source>
        <comment>gb28181 499 keywords</comment>
        <translation>路由服务器未知异常 未知异常 未知错误 路由服务器 内部异常 保存日志 反馈 厂商 平台</translation>
    </message>
    <message>
        <source>Normal event</source>
        <comment>q850 class 0-1</comment>
        <translation>正常事件类</translation>
    </message>
    <message>
        <source>Resource unavailable</source>
        <comment>q850 class 2</comment>
        <translation>资源不可用类</translation>
    </message>
    <message>
        <source>Service or option not available</source>
        <comment>q850 class 3</comment>
        <translation>业务或选项不可用类</translation>
    </message>
    <message>
        <source>Service or option not implemented</source>
        <comment>q850 class 4</comment>
        <translation>业务或选项未实现类</translation>
    </message>
    <message>
        <source>Invalid message</source>
        <comment>q850 class 5</comment>
        <translation>无效消息类</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <comment>q850 class 6</comment>
        <translation>协议错误类</translation>
    </message>
    <message>
        <source>Interworking</source>
        <comment>q850 class 7</comment>
        <translation>互通类</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>warning class</comment>
        <translation>警告码</translation>
    </message>
    <message>
        <source>SIP response code</source>
        <comment>entry kind</comment>
        <translation>SIP 状态码</translation>
    </message>
    <message>
        <source>Q.850 cause</source>
        <comment>entry kind</comment>
        <translation>Q.850 原因值</translation>
    </message>
    <message>
        <source>SIP Warning code</source>
        <comment>entry kind</comment>
        <translation>SIP 警告码</translation>
    </message>
    <message>
        <source>No circuit available</source>
        <comment>q850 34 name</comment>
        <translation>无可用电路/通路</translation>
    </message>
    <message>
        <source>No suitable circuit or channel was free to carry the call at that moment.</source>
        <comment>q850 34 summary</comment>
        <translation>当时没有空闲的合适电路或通路来承载该呼叫。</translation>
    </message>
    <message>
        <source>Cause 34 belongs to the resource-unavailable class. The exchange or gateway that sends it had no appropriate circuit or channel free for the call: every B-channel of the ISDN access, or every circuit of the outgoing trunk group toward the next exchange, was busy or blocked. It is generated by the local exchange, a transit exchange or the PSTN gateway itself, and on SIP trunks by a gateway or SBC that has reached its configured channel or licence limit. The condition is normally short-lived, so a new attempt, or routing over another trunk, often succeeds. A gateway clearing the call with this cause answers the INVITE with 503 (Service Unavailable) as RFC 3398 recommends, and can state the original value in Reason: Q.850;cause=34.</source>
        <comment>q850 34 explanation</comment>
        <translation>原因值 34 属于“资源不可用”类。发出该原因值的交换机或网关当时没有可用于此次呼叫的合适电路或通路：ISDN 接入的所有 B 通路，或通往下一个交换局的出中继群中的所有电路，都处于占用或闭塞状态。它可能由本地交换机、汇接局或 PSTN 网关自身产生；在 SIP 中继上，也常由达到所配置通道数或许可上限的网关、SBC 产生。这种情况通常很快会缓解，因此重新呼叫或改走其他中继往往就能成功。按照 RFC 3398 的建议，以该原因值拆线的网关会以 503（Service Unavailable）响应 INVITE，并可在 Reason: Q.850;cause=34 中给出原始原因值。</translation>
    </message>
    <message>
        <source>The network had no free line for your call at that moment. Try again in a few minutes; if it keeps happening at busy times, tell your provider.</source>
        <comment>q850 34 user advice</comment>
        <translation>网络当时没有空闲线路来接通您的电话。请过几分钟再拨；如果在忙时经常出现，请告知您的运营商。</translation>
    </message>
    <message>
        <source>Check channel usage on the trunk at the time of the failure: busy B-channels on the E1/T1 or PRI, circuits blocked for maintenance or by alarms, and concurrent-call or licence limits on the gateway or SBC. If the cause comes from the carrier (see the location in the ISDN trace, or the element that first sent it in the SIP capture), ask them about the capacity of that trunk group and the route. Configure an overflow route or a second trunk, and make sure upstream proxies fail over on the 503 instead of retrying the same gateway at once.</source>
        <comment>q850 34 engineer advice</comment>
        <translation>检查故障时刻中继的通道占用情况：E1/T1 或 PRI 上的 B 通路是否全忙，是否有电路因维护或告警而闭塞，网关或 SBC 是否达到并发呼叫数或许可上限。如果该原因值来自运营商（看 ISDN 信令跟踪中的位置字段，或 SIP 抓包中最早发出它的网元），请向运营商核实该中继群及该路由的容量。配置溢出路由或第二条中继，并确保上游代理服务器收到 503 后切换到其他网关，而不是立即向同一网关重试。</translation>
    </message>
    <message>
        <source>all-trunks-busy ATB saturated full fast-busy reorder</source>
        <comment>q850 34 keywords</comment>
        <translation>无可用电路 无可用通路 电路忙 中继全忙 通道满 电路拥塞 快忙音 拆线原因 释放原因 cause 值</translation>
    </message>
    <message>
        <source>Asterisk calls cause 34 CONGESTION and sends 503 for it; it also reports 34 when an outgoing SIP call failed with 503 or an unlisted 5xx, so a 34 in an Asterisk CDR does not always mean a circuit was missing. FreeSWITCH names it NORMAL_CIRCUIT_CONGESTION and sends 503 as well. A proxy whose only answer is this 503 passes 500 upstream (RFC 3261 §16.7), so the caller may see 500.</source>
        <comment>q850 34 gateway notes</comment>
        <translation>Asterisk 把原因值 34 称为 CONGESTION，并对其发送 503；对外的 SIP 呼叫收到 503 或未单独映射的 5xx 时，Asterisk 也会记为 34，因此 Asterisk CDR 中的 34 并不一定表示真的缺电路。FreeSWITCH 称之为 NORMAL_CIRCUIT_CONGESTION，同样发送 503。如果代理服务器只收到这个 503，它会向上游发送 500（RFC 3261 §16.7），所以主叫看到的可能是 500。</translation>
    </message>
    <message>
        <source>Network out of order</source>
        <comment>q850 38 name</comment>
        <translation>网络故障</translation>
    </message>
    <message>
        <source>The network is not working correctly, and the fault is likely to last for some time.</source>
        <comment>q850 38 summary</comment>
        <translation>网络工作不正常，且故障可能会持续较长时间。</translation>
    </message>
    <message>
        <source>Cause 38, in the resource-unavailable class, says that the network is not working correctly and that the fault is likely to last a relatively long time, so an immediate retry is unlikely to help. Cause 41, by contrast, announces a short-lived fault. It is generated by an exchange, transit network or gateway that has lost part of the path: a failed signalling link or trunk, an E1/T1 in alarm, an isolated remote node, or a gateway whose TDM or SIP side is down. The caller usually hears a network announcement or a fast busy tone. A gateway that receives it in an ISUP REL or ISDN DISCONNECT answers the INVITE with 503 (Service Unavailable) per RFC 3398, normally with Reason: Q.850;cause=38.</source>
        <comment>q850 38 explanation</comment>
        <translation>原因值 38 属于“资源不可用”类，表示网络工作不正常，而且故障可能持续相对较长的时间，因此立即重拨多半无济于事；与之相对，原因值 41 表示短暂的故障。它由失去部分通路的交换机、汇接网或网关产生，例如信令链路或中继故障、E1/T1 处于告警状态、远端节点孤立，或网关的 TDM 侧或 SIP 侧中断。主叫通常会听到网络提示音或快忙音。网关在 ISUP REL 或 ISDN DISCONNECT 中收到该原因值后，会按 RFC 3398 以 503（Service Unavailable）响应 INVITE，通常同时携带 Reason: Q.850;cause=38。</translation>
    </message>
    <message>
        <source>There is a fault in the telephone network on the way to this number. Try again later; if it lasts, report it to your provider with the number and the time.</source>
        <comment>q850 38 user advice</comment>
        <translation>通往该号码的电话网络出现了故障。请稍后再试；如果故障持续，请把所拨号码和时间告诉您的运营商。</translation>
    </message>
    <message>
        <source>Look for hard faults on the path: E1/T1 or PRI alarms (LOS, LOF, AIS, RAI), a D-channel or SS7 link that is down, blocked circuit groups, or a SIP peer that is unreachable. Check which element generated the cause and its location field: a local gateway points to your own trunk, a transit or remote network to the carrier. If the fault is on the carrier side, open a ticket with timestamps, called numbers and the cause, and route calls over an alternate trunk in the meantime.</source>
        <comment>q850 38 engineer advice</comment>
        <translation>排查通路上的硬故障：E1/T1 或 PRI 告警（LOS、LOF、AIS、RAI），D 通路或 SS7 链路中断，电路群闭塞，或 SIP 对端不可达。确认是哪个网元产生了该原因值以及其位置字段：若来自本地网关，问题在自己的中继；若来自汇接网或远端网络，问题在运营商一侧。如属运营商故障，请提供时间戳、被叫号码和原因值报障，同时先把呼叫切换到备用中继。</translation>
    </message>
    <message>
        <source>outage link-failure red-alarm carrier-fault</source>
        <comment>q850 38 keywords</comment>
        <translation>网络故障 网络失序 网络中断 链路故障 中继告警 红色告警 拆线原因 释放原因 cause 值</translation>
    </message>
    <message>
        <source>Asterisk calls cause 38 FAILURE: its chan_pjsip sends 500 (Server Internal Error) for it instead of 503, and a SIP 500 received by Asterisk becomes cause 38. FreeSWITCH sends 503 as the RFC does, and turns a received 502 (Bad Gateway) into NETWORK_OUT_OF_ORDER (38).</source>
        <comment>q850 38 gateway notes</comment>
        <translation>Asterisk 把原因值 38 称为 FAILURE：其 chan_pjsip 对该原因值发送的是 500（Server Internal Error）而不是 503，而 Asterisk 收到的 SIP 500 也会被记为原因值 38。FreeSWITCH 与 RFC 一致发送 503，并把收到的 502（Bad Gateway）记为 NETWORK_OUT_OF_ORDER（38）。</translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <comment>q850 41 name</comment>
        <translation>临时故障</translation>
    </message>
    <message>
        <source>A network fault that is expected to clear quickly stopped the call.</source>
        <comment>q850 41 summary</comment>
        <translation>一个预计很快就会消除的网络故障导致呼叫失败。</translation>
    </message>
    <message>
        <source>Cause 41 reports a network fault that is not expected to last long: Q.850 notes that the caller may wish to try again almost at once. In practice it is a catch-all that exchanges and gateways use for transient internal problems, such as a DSP or processor resource briefly missing, a signalling glitch, a call lost during a switchover, or a peer error that the gateway could not translate into anything more precise. Because it is so generic, it often hides the real reason, which then has to be found in the logs of the element that generated it. Following RFC 3398, a gateway that receives it from the PSTN answers the INVITE with 503 (Service Unavailable) and may add Reason: Q.850;cause=41.</source>
        <comment>q850 41 explanation</comment>
        <translation>原因值 41 表示一个预计不会持续太久的网络故障：Q.850 指出主叫可以几乎立即重试。实际上，交换机和网关常把它当作处理各种暂时性内部问题的兜底原因值，例如 DSP 或处理器资源短时不足、信令瞬时异常、主备倒换期间丢失呼叫，或网关无法把对端返回的错误翻译成更具体的原因值。正因为它过于笼统，往往会掩盖真实原因，需要到产生它的网元的日志中去查找。按照 RFC 3398，网关从 PSTN 收到该原因值后，会以 503（Service Unavailable）响应 INVITE，并可附带 Reason: Q.850;cause=41。</translation>
    </message>
    <message>
        <source>A temporary fault in the network stopped the call. Please try again; if it fails repeatedly, note the time and number and contact your provider.</source>
        <comment>q850 41 user advice</comment>
        <translation>网络中的临时故障导致呼叫失败。请重新拨打；如果多次失败，请记下时间和号码并联系您的运营商。</translation>
    </message>
    <message>
        <source>Find the element that first produced the cause (Reason header field, ISDN or ISUP trace, gateway logs) before blaming the carrier, because gateways and B2BUAs often use 41 as their default when translating SIP errors. Check DSP or transcoder resources, CPU load, and any failover or restart at the time of the call. If the failures are intermittent on one route, correlate them with time of day and trunk load, and ask the carrier for their trace of a failed call by timestamp.</source>
        <comment>q850 41 engineer advice</comment>
        <translation>在归咎于运营商之前，先找出最早产生该原因值的网元（Reason 头域、ISDN 或 ISUP 信令跟踪、网关日志），因为网关和背靠背用户代理 (B2BUA) 在翻译 SIP 错误时常把 41 当作默认值。检查呼叫发生时的 DSP 或转码资源、CPU 负载，以及是否有主备倒换或重启。如果某条路由上间歇性失败，把失败与时段和中继负载对照分析，并按时间戳请运营商提供失败呼叫的信令跟踪。</translation>
    </message>
    <message>
        <source>retry temporary-failure sporadic random flaky</source>
        <comment>q850 41 keywords</comment>
        <translation>临时故障 暂时性故障 临时失败 间歇性失败 偶发 拆线原因 释放原因 cause 值</translation>
    </message>
    <message>
        <source>FreeSWITCH reports NORMAL_TEMPORARY_FAILURE (41) when a SIP call fails with 400, 481, 500 or 503, and RFC 3398 §8.2.6.1 maps the same four responses to cause 41 in the SIP-to-ISUP direction, so a 41 on the PSTN side often began as a SIP error. Asterisk&apos;s chan_pjsip has no SIP code for 41 and sends 603 (Decline) when an unanswered incoming call ends with this cause.</source>
        <comment>q850 41 gateway notes</comment>
        <translation>FreeSWITCH 在 SIP 呼叫以 400、481、500 或 503 失败时记为 NORMAL_TEMPORARY_FAILURE（41）；RFC 3398 §8.2.6.1 在 SIP 到 ISUP 方向上也把这四个响应映射为原因值 41，因此 PSTN 侧看到的 41 常常源自 SIP 错误。Asterisk 的 chan_pjsip 没有为 41 定义 SIP 状态码，未应答的呼入若以该原因值挂断，会以 603（Decline）拒绝。</translation>
    </message>
    <message>
        <source>Switching equipment congestion</source>
        <comment>q850 42 name</comment>
        <translation>交换设备拥塞</translation>
    </message>
    <message>
        <source>The switch that sent this cause is overloaded by heavy traffic and is shedding calls.</source>
        <comment>q850 42 summary</comment>
        <translation>发出该原因值的交换设备因话务量过大而过载，正在拒绝呼叫。</translation>
    </message>
    <message>
        <source>Cause 42 says that the switching equipment generating it is going through a period of high traffic. Unlike cause 34, which reports that no circuit was free on a route, it points to overload of the exchange, softswitch or gateway itself: processor, memory or call-rate limits, overload control during mass-calling events such as televoting, or a calls-per-second limit on an interconnect. The congested node may be local, in a transit network or at the far end. A new attempt after a short pause usually succeeds once the peak has passed. A gateway maps it to 503 (Service Unavailable) following RFC 3398; the response may carry a Retry-After header field as well as Reason: Q.850;cause=42.</source>
        <comment>q850 42 explanation</comment>
        <translation>原因值 42 表示产生它的交换设备正处于话务高峰期。原因值 34 说的是某条路由上没有空闲电路，而 42 指向交换机、软交换或网关自身的过载：处理器、内存或呼叫速率到达上限，在电视投票等集中呼叫事件中启动了过载控制，或互联点设有每秒呼叫数限制。发生拥塞的节点可能在本地、汇接网中或远端。稍等片刻待高峰过去后重试，通常就能成功。网关按照 RFC 3398 把它映射为 503（Service Unavailable），响应中除 Reason: Q.850;cause=42 外还可能带有 Retry-After 头域。</translation>
    </message>
    <message>
        <source>The network is overloaded at the moment. Wait a little and call again.</source>
        <comment>q850 42 user advice</comment>
        <translation>网络目前负荷过重。请稍等片刻再拨。</translation>
    </message>
    <message>
        <source>Check CPU, calls per second and concurrent-call counters on your gateway, SBC or PBX at the failure time, and whether an overload-protection or CPS limit was hit. If the cause comes from the carrier, compare the failure rate with your own call rate: bursts from diallers often exceed the CPS agreed for the trunk. Spread the traffic, agree a higher limit with the carrier or add overflow routes, and make sure 503 responses are not retried immediately.</source>
        <comment>q850 42 engineer advice</comment>
        <translation>检查故障时刻网关、SBC 或 PBX 的 CPU、每秒呼叫数（CPS）和并发呼叫计数，看是否触发了过载保护或 CPS 限制。如果该原因值来自运营商，把失败率与自己的呼叫速率对照：外呼系统的突发呼叫经常超过中继约定的 CPS。可以平滑话务、与运营商协商提高上限或增加溢出路由，并确保收到 503 后不会立即重试。</translation>
    </message>
    <message>
        <source>busy-hour throttling rate-limit flood</source>
        <comment>q850 42 keywords</comment>
        <translation>交换设备拥塞 交换机拥塞 设备过载 话务拥塞 忙时 呼叫限速 拆线原因 释放原因 cause 值</translation>
    </message>
    <message>
        <source>Asterisk (SWITCH_CONGESTION) and FreeSWITCH (SWITCH_CONGESTION) both send 503 for cause 42, as the RFC does.</source>
        <comment>q850 42 gateway notes</comment>
        <translation>Asterisk（SWITCH_CONGESTION）和 FreeSWITCH（SWITCH_CONGESTION）对原因值 42 都与 RFC 一致发送 503。</translation>
    </message>
    <message>
        <source>Requested channel not available</source>
        <comment>q850 44 name</comment>
        <translation>所请求的电路/通路不可用</translation>
    </message>
    <message>
        <source>The specific circuit or channel that the caller&apos;s side asked for could not be provided.</source>
        <comment>q850 44 summary</comment>
        <translation>主叫侧指定要使用的那条电路或通路无法提供。</translation>
    </message>
    <message>
        <source>Cause 44 is returned when the circuit or channel indicated by the requesting side cannot be provided by the other side of the interface. It is typical of ISDN PRI and ISUP circuit selection: the calling equipment asked for one particular B-channel, marked as exclusive in the Channel identification, or one particular circuit, and that channel is already in use, out of service or not provisioned at the far end. Glare, where both ends seize the same channel at the same moment, is a common source. RFC 3398&apos;s table in §7.2.4.1 has no row for cause 44, so the SIP response depends on the gateway; 503 (Service Unavailable), as for the rest of the resource-unavailable class, is the usual choice, with the original value in Reason: Q.850;cause=44.</source>
        <comment>q850 44 explanation</comment>
        <translation>当请求方指定的电路或通路无法由接口另一侧提供时，就会返回原因值 44。它常见于 ISDN PRI 和 ISUP 的电路选择：主叫设备要求使用某一条特定的 B 通路（在 Channel identification 中标为“独占”），或某一条特定的电路，而该通路在对端已被占用、已停用或根本没有开通。两端在同一时刻占用同一通路的“同抢”（glare）是常见来源。RFC 3398 §7.2.4.1 的映射表中没有 44 这一行，因此 SIP 响应取决于网关；通常与“资源不可用”类的其他原因值一样使用 503（Service Unavailable），并在 Reason: Q.850;cause=44 中保留原始原因值。</translation>
    </message>
    <message>
        <source>The line your call tried to use was not available. Try the call again; if it keeps failing, report it to your provider.</source>
        <comment>q850 44 user advice</comment>
        <translation>您的呼叫所要使用的线路不可用。请重新拨打；如果一直失败，请向您的运营商报告。</translation>
    </message>
    <message>
        <source>Compare channel selection on both ends of the PRI: the hunting direction (ascending on one side and descending on the other avoids glare), exclusive versus preferred channel indication, and which channels are provisioned and in service (B-channel maintenance, SERVICE messages). On SS7 trunks, check circuit identification code (CIC) alignment and circuit blocking with the carrier. In the ISDN trace, read the Channel identification information element of the SETUP that was rejected.</source>
        <comment>q850 44 engineer advice</comment>
        <translation>核对 PRI 两端的通道选择方式：选线方向（一端升序、另一端降序可避免同抢）、通道指示是“独占”还是“优选”，以及哪些通道已开通并处于服务状态（B 通路维护、SERVICE 消息）。在 SS7 中继上，与运营商核对电路识别码（CIC）是否一致以及电路闭塞状态。在 ISDN 信令跟踪中，查看被拒绝的 SETUP 消息里的 Channel identification 信息单元。</translation>
    </message>
    <message>
        <source>timeslot collision hunting-order trunk-channel</source>
        <comment>q850 44 keywords</comment>
        <translation>所请求的电路不可用 所请求的通路不可用 指定通道不可用 同抢 B 通路 时隙 选线 拆线原因 释放原因 cause 值</translation>
    </message>
    <message>
        <source>RFC 3398 gives no mapping for cause 44. AudioCodes gateways send 503, and so does FreeSWITCH (REQUESTED_CHAN_UNAVAIL); Asterisk&apos;s chan_pjsip has no mapping and sends 603 (Decline) when an unanswered incoming call ends with this cause.</source>
        <comment>q850 44 gateway notes</comment>
        <translation>RFC 3398 没有给出原因值 44 的映射。AudioCodes 网关发送 503，FreeSWITCH（REQUESTED_CHAN_UNAVAIL）也发送 503；Asterisk 的 chan_pjsip 没有对应映射，未应答的呼入若以该原因值挂断，会以 603（Decline）拒绝。</translation>
    </message>
    <message>
        <source>Resource unavailable, unspecified</source>
        <comment>q850 47 name</comment>
        <translation>资源不可用，未指定</translation>
    </message>
    <message>
        <source>A resource needed for the call was unavailable, and no more precise cause applies.</source>
        <comment>q850 47 summary</comment>
        <translation>呼叫所需的某种资源不可用，且没有更具体的原因值适用。</translation>
    </message>
    <message>
        <source>Cause 47 is the unspecified member of the resource-unavailable class: the network or equipment ran out of something the call needed, but none of the more precise causes of the class, such as 34, 38, 41, 42 or 44, applies. Typical sources are missing DSP, conference, tone or transcoding resources on a gateway or media server, memory or licence exhaustion, and exchanges that report internal resource shortages without detail. Because it says little, the element that generated it has to be found and its logs read. RFC 3398 maps it to 503 (Service Unavailable), and the response may carry Reason: Q.850;cause=47 so that the original value is not lost.</source>
        <comment>q850 47 explanation</comment>
        <translation>原因值 47 是“资源不可用”类中的“未指定”原因值：网络或设备缺少呼叫所需的某种资源，但该类中更具体的原因值（如 34、38、41、42 或 44）都不适用。常见来源包括网关或媒体服务器上的 DSP、会议、信号音或转码资源不足，内存或许可耗尽，以及只报告内部资源不足而不给细节的交换机。由于它提供的信息很少，必须找到产生它的网元并查看其日志。RFC 3398 把它映射为 503（Service Unavailable），响应中可以带上 Reason: Q.850;cause=47，以免丢失原始原因值。</translation>
    </message>
    <message>
        <source>The network could not provide something your call needed. Please try again later, and report the number and time if it keeps happening.</source>
        <comment>q850 47 user advice</comment>
        <translation>网络无法提供您的呼叫所需的某些资源。请稍后再试；如果经常出现，请报告所拨号码和时间。</translation>
    </message>
    <message>
        <source>Identify the element that generated the cause and check its resource counters at the failure time: DSP channels, transcoders, conference bridges, tone or announcement players, licences and memory. On a PSTN route, ask the carrier which resource their switch lacked, quoting the timestamp and the location field. If your own gateway issues 47 when an internal allocation fails, raise its limits or spread the load.</source>
        <comment>q850 47 engineer advice</comment>
        <translation>找出产生该原因值的网元，检查故障时刻的资源计数：DSP 通道、转码器、会议桥、信号音或录音通知播放资源、许可和内存。如果问题出在 PSTN 路由上，提供时间戳和位置字段，请运营商说明其交换机缺少的是哪种资源。如果是本方网关在内部资源分配失败时发出 47，应提高其容量上限或分散负载。</translation>
    </message>
    <message>
        <source>exhausted out-of-resources no-DSP media-resources</source>
        <comment>q850 47 keywords</comment>
        <translation>资源不可用 资源不足 未指定 DSP 不足 转码资源 媒体资源 拆线原因 释放原因 cause 值</translation>
    </message>
    <message>
        <source>FreeSWITCH has no named cause for 47 and sends its default, 480 (Temporarily Unavailable), when a call is hung up with it; AudioCodes gateways send 503 as the RFC does.</source>
        <comment>q850 47 gateway notes</comment>
        <translation>FreeSWITCH 没有为 47 命名的原因值，以它挂断的呼叫会按默认值发送 480（Temporarily Unavailable）；AudioCodes 网关与 RFC 一致发送 503。</translation>
    </message>
    <message>
        <source>Incoming calls barred in CUG</source>
        <comment>q850 55 name</comment>
        <translation>闭合用户群内禁止呼入</translation>
    </message>
    <message>
        <source>The called party belongs to the closed user group, but its membership bars incoming calls.</source>
        <comment>q850 55 summary</comment>
        <translation>被叫属于该闭合用户群，但其成员属性禁止呼入。</translation>
    </message>
    <message>
        <source>Cause 55 relates to the Closed User Group (CUG) supplementary service, with which an operator defines a group of subscribers, typically a company or a virtual private network, whose calls are restricted to or within the group. The call arrived as a CUG call and the called party is a member of that group, but its CUG subscription bars incoming calls, so the network refuses the call. It is generated by the terminating exchange that holds the called party&apos;s CUG data, not by the user&apos;s terminal, which never rings. RFC 3398 maps it to 403 (Forbidden), telling the SIP caller that repeating the request will not help; the response can carry Reason: Q.850;cause=55.</source>
        <comment>q850 55 explanation</comment>
        <translation>原因值 55 与闭合用户群（CUG）补充业务有关。运营商利用这项业务定义一组用户（通常是一家企业或一个虚拟专用网），将其呼叫限制在群内或按群规则处理。此次呼叫是以 CUG 呼叫的形式到达的，被叫也是该群的成员，但其 CUG 签约属性禁止呼入，因此网络拒绝了该呼叫。它由保存被叫 CUG 数据的终接局产生，而不是由用户终端产生，终端根本不会振铃。RFC 3398 把它映射为 403（Forbidden），告诉 SIP 主叫重复请求也无济于事；响应中可以带上 Reason: Q.850;cause=55。</translation>
    </message>
    <message>
        <source>The number you called does not accept calls from your group because of a closed user group restriction. Contact the organisation you called, or your administrator, if this call should be allowed.</source>
        <comment>q850 55 user advice</comment>
        <translation>由于闭合用户群限制，您所拨的号码不接受来自您所在群组的呼叫。如果这类呼叫应当被允许，请联系被叫单位或您的管理员。</translation>
    </message>
    <message>
        <source>Check the CUG data of the called line with the operator or in the PBX or IMS subscriber profile: CUG index, interlock code and the incoming-calls-barred option. Also check whether the call should be a CUG call at all, since a PBX or gateway may add a Closed user group interlock code parameter to the ISUP IAM that the caller did not intend. The fix is a provisioning change, not a network repair.</source>
        <comment>q850 55 engineer advice</comment>
        <translation>向运营商或在 PBX、IMS 用户签约数据中核对被叫线路的 CUG 数据：CUG 索引、互锁码（interlock code）以及“禁止呼入”选项。同时确认这次呼叫是否本就应该作为 CUG 呼叫：PBX 或网关可能在 ISUP IAM 中加入了主叫并不需要的 Closed user group interlock code 参数。解决办法是修改开通数据，而不是修复网络。</translation>
    </message>
    <message>
        <source>closed-user-group ICB barring VPN-group corporate-group</source>
        <comment>q850 55 keywords</comment>
        <translation>闭合用户群 CUG 禁止呼入 呼入限制 群内呼入受限 集团用户 拆线原因 释放原因 cause 值</translation>
    </message>
    <message>
        <source>FreeSWITCH&apos;s INCOMING_CALL_BARRED is cause 54, not 55; a call hung up with 55 falls through to its default 480 (Temporarily Unavailable).</source>
        <comment>q850 55 gateway notes</comment>
        <translation>FreeSWITCH 的 INCOMING_CALL_BARRED 是原因值 54，而不是 55；以 55 挂断的呼叫会落到其默认值 480（Temporarily Unavailable）。</translation>
    </message>
    <message>
        <source>Bearer capability not authorized</source>
        <comment>q850 57 name</comment>
        <translation>承载能力未授权</translation>
    </message>
    <message>
        <source>The requested type of connection is supported, but the caller is not allowed to use it.</source>
        <comment>q850 57 summary</comment>
        <translation>所请求的连接类型是支持的，但主叫无权使用。</translation>
    </message>
    <message>
        <source>Cause 57 means the network or equipment supports the bearer capability the caller asked for, but the caller is not subscribed to it or not authorised to use it. The bearer capability describes the kind of connection requested: speech, 3.1 kHz audio, or unrestricted 64 kbit/s digital information as used for ISDN video conferencing, data calls and Group 4 fax. A typical case is a line provisioned for voice only that places an unrestricted data call. It is generated by the local exchange or a gateway that checks subscriptions. RFC 3398 maps it to 403 (Forbidden), possibly with Reason: Q.850;cause=57, because the same request will keep failing until the subscription changes.</source>
        <comment>q850 57 explanation</comment>
        <translation>原因值 57 表示网络或设备支持主叫所请求的承载能力，但主叫没有签约或无权使用。承载能力描述所请求的连接类型：语音、3.1 kHz 音频，或 ISDN 视频会议、数据呼叫以及 G4 传真所用的 64 kbit/s 非受限数字信息。典型情形是只开通了语音业务的线路发起非受限数字呼叫。它由检查签约的本地交换机或网关产生。RFC 3398 把它映射为 403（Forbidden），可能附带 Reason: Q.850;cause=57，因为在签约变更之前同样的请求会一直失败。</translation>
    </message>
    <message>
        <source>Your line is not allowed to make this type of call, for example a video or data call. Contact your provider to have the service enabled.</source>
        <comment>q850 57 user advice</comment>
        <translation>您的线路无权发起这种类型的呼叫（例如视频或数据呼叫）。请联系您的运营商开通相应业务。</translation>
    </message>
    <message>
        <source>Read the Bearer capability information element in the ISDN SETUP, or the Transmission medium requirement and User service information in the ISUP IAM, and compare them with what the line or trunk is subscribed for. On a SIP-to-ISDN gateway, check which bearer capability it signals for SIP calls (speech, 3.1 kHz audio or unrestricted digital): forcing unrestricted digital for clear-channel data or video on a voice-only trunk triggers this cause. Either change the gateway&apos;s bearer setting or ask the carrier to enable the service.</source>
        <comment>q850 57 engineer advice</comment>
        <translation>查看 ISDN SETUP 中的 Bearer capability 信息单元，或 ISUP IAM 中的 Transmission medium requirement 和 User service information 参数，与线路或中继的签约业务对照。在 SIP 到 ISDN 的网关上，检查它为 SIP 呼叫信令的承载能力（语音、3.1 kHz 音频或非受限数字）：如果在只开通语音的中继上为透明数据或视频强制使用非受限数字，就会触发该原因值。要么修改网关的承载设置，要么请运营商开通该业务。</translation>
    </message>
    <message>
        <source>unauthorized video-call data-call not-allowed</source>
        <comment>q850 57 keywords</comment>
        <translation>承载能力未授权 承载业务未授权 未签约 无权使用 视频呼叫 数据呼叫 拆线原因 释放原因 cause 值</translation>
    </message>
    <message>
        <source>FreeSWITCH (BEARERCAPABILITY_NOTAUTH) also sends 403. Asterisk&apos;s chan_pjsip has no mapping for 57 and sends 603 (Decline) when an unanswered incoming call ends with this cause.</source>
        <comment>q850 57 gateway notes</comment>
        <translation>FreeSWITCH（BEARERCAPABILITY_NOTAUTH）同样发送 403。Asterisk 的 chan_pjsip 没有 57 的映射，未应答的呼入若以该原因值挂断，会以 603（Decline）拒绝。</translation>
    </message>
    <message>
        <source>Bearer capability not available</source>
        <comment>q850 58 name</comment>
        <translation>承载能力当前不可用</translation>
    </message>
    <message>
        <source>The requested type of connection is supported and allowed, but cannot be provided right now.</source>
        <comment>q850 58 summary</comment>
        <translation>所请求的连接类型既受支持也被允许，但目前无法提供。</translation>
    </message>
    <message>
        <source>Cause 58 says that the requested bearer capability is implemented and would normally be allowed, but cannot be provided at this time, for example because the resources for that type of connection, such as 64 kbit/s clear-channel paths or data interworking units, are all in use, or because the route currently chosen cannot carry it. It is generated by an exchange or gateway on the path and is in principle temporary, which is why RFC 3398 maps it to 503 (Service Unavailable) rather than to a permanent refusal, with Reason: Q.850;cause=58 where the gateway includes it. In VoIP platforms the cause is often reused, loosely, to report that no common codec could be agreed.</source>
        <comment>q850 58 explanation</comment>
        <translation>原因值 58 表示所请求的承载能力已经实现、通常也会被允许，但此刻无法提供。例如这类连接所需的资源（64 kbit/s 透明通道或数据互通单元）已全部占用，或当前所选路由无法承载。它由通路上的交换机或网关产生，原则上是暂时性的，因此 RFC 3398 把它映射为 503（Service Unavailable）而不是永久性拒绝；网关如支持，会附带 Reason: Q.850;cause=58。在 VoIP 平台中，这个原因值常被宽泛地借用来表示双方无法协商出共同的编解码器。</translation>
    </message>
    <message>
        <source>The network cannot set up this type of call at the moment. Try again later, or make a normal voice call instead.</source>
        <comment>q850 58 user advice</comment>
        <translation>网络目前无法建立这种类型的呼叫。请稍后再试，或改用普通语音通话。</translation>
    </message>
    <message>
        <source>For a data, fax or video call over ISDN, check whether the route supports unrestricted 64 kbit/s end to end and whether interworking resources were exhausted. For a plain VoIP call, look at the SDP offer and answer on both legs: a 58 raised by a PBX or B2BUA usually means media negotiation failed, so compare the codec lists, payload types and packetisation time, and check transcoding resources.</source>
        <comment>q850 58 engineer advice</comment>
        <translation>如果是经 ISDN 的数据、传真或视频呼叫，检查该路由是否端到端支持 64 kbit/s 非受限传输，以及互通资源是否耗尽。如果是普通 VoIP 呼叫，查看两条呼叫分支上的 SDP 提议与应答：由 PBX 或背靠背用户代理 (B2BUA) 产生的 58 通常意味着媒体协商失败，应比较编解码器列表、载荷类型和打包时长，并检查转码资源。</translation>
    </message>
    <message>
        <source>codec-mismatch no-common-codec 64k temporarily</source>
        <comment>q850 58 keywords</comment>
        <translation>承载能力当前不可用 承载能力暂不可用 编解码器不匹配 编解码 媒体协商失败 拆线原因 释放原因 cause 值</translation>
    </message>
    <message>
        <source>Asterisk uses 58 for media-negotiation failures: its chan_pjsip sends 488 (Not Acceptable Here) for cause 58 instead of 503, and turns a received 488 or 606 into 58, so cause 58 in an Asterisk log usually means no common codec. FreeSWITCH (BEARERCAPABILITY_NOTAVAIL) sends 503 as the RFC does.</source>
        <comment>q850 58 gateway notes</comment>
        <translation>Asterisk 用 58 表示媒体协商失败：其 chan_pjsip 对原因值 58 发送 488（Not Acceptable Here）而不是 503，并把收到的 488 或 606 记为 58，因此 Asterisk 日志中的 58 通常意味着没有共同的编解码器。FreeSWITCH（BEARERCAPABILITY_NOTAVAIL）与 RFC 一致发送 503。</translation>
    </message>
    <message>
        <source>Service or option unavailable</source>
        <comment>q850 63 name</comment>
        <translation>业务或选项不可用</translation>
    </message>
    <message>
        <source>A service or option the call needs is not available, and no more precise cause applies.</source>
        <comment>q850 63 summary</comment>
        <translation>呼叫所需的某项业务或选项不可用，且没有更具体的原因值适用。</translation>
    </message>
    <message>
        <source>Cause 63 is the unspecified member of the service-or-option-not-available class (causes 49 to 63): the call asked for a service, supplementary service or call type that the network does not provide for it, and no more precise cause of the class, such as 57 or 58, fits. Exchanges and gateways use it, for example, for a call type or destination not enabled on the account, or a feature the trunk is not provisioned for. RFC 3398&apos;s table in §7.2.4.1 has no row for 63, so the SIP response depends on the gateway: 503 (Service Unavailable), 480 (Temporarily Unavailable) and 603 (Decline) are all seen, and only Reason: Q.850;cause=63 preserves the original value.</source>
        <comment>q850 63 explanation</comment>
        <translation>原因值 63 是“业务或选项不可用”类（原因值 49 至 63）中的“未指定”原因值：呼叫请求了网络不为其提供的某项业务、补充业务或呼叫类型，而该类中更具体的原因值（如 57 或 58）都不适用。交换机和网关常在以下情况使用它：账户未开通某种呼叫类型或某类目的地，或中继未开通某项功能。RFC 3398 §7.2.4.1 的映射表中没有 63 这一行，因此 SIP 响应取决于网关：503（Service Unavailable）、480（Temporarily Unavailable）和 603（Decline）都有，只有 Reason: Q.850;cause=63 才能保留原始原因值。</translation>
    </message>
    <message>
        <source>The service you tried to use is not available on your line, or not for this destination. Contact your provider to check what your subscription allows.</source>
        <comment>q850 63 user advice</comment>
        <translation>您尝试使用的业务在您的线路上不可用，或对该目的地不可用。请联系运营商确认您的签约允许哪些业务。</translation>
    </message>
    <message>
        <source>Find out which service was refused: check the called number range (premium rate, international, short codes), any supplementary service requested in the call, and the bearer capability. Compare them with the subscription on the carrier side and with the class-of-service rules on your PBX. Because no standard SIP code exists, read the Reason header field or the gateway&apos;s ISDN trace to see that the real cause was 63 rather than the generic SIP status.</source>
        <comment>q850 63 engineer advice</comment>
        <translation>弄清是哪项业务被拒绝：检查被叫号段（付费号码、国际、短号码）、呼叫中请求的补充业务以及承载能力，并与运营商侧的签约和本方 PBX 的呼叫权限规则对照。由于没有标准的 SIP 状态码与之对应，应查看 Reason 头域或网关的 ISDN 信令跟踪，确认真实原因是 63，而不是只看笼统的 SIP 状态码。</translation>
    </message>
    <message>
        <source>not-subscribed barred not-enabled service-restriction</source>
        <comment>q850 63 keywords</comment>
        <translation>业务或选项不可用 业务不可用 未开通 呼叫权限 业务限制 拆线原因 释放原因 cause 值</translation>
    </message>
    <message>
        <source>RFC 3398 gives no mapping for cause 63. AudioCodes gateways send 503; FreeSWITCH (SERVICE_UNAVAILABLE) falls back to its default 480 (Temporarily Unavailable); Asterisk&apos;s chan_pjsip sends 603 (Decline) when an unanswered incoming call ends with this cause. In the other direction, RFC 3398 §8.2.6.1 maps SIP 405 (Method Not Allowed) to cause 63, and FreeSWITCH does the same.</source>
        <comment>q850 63 gateway notes</comment>
        <translation>RFC 3398 没有给出原因值 63 的映射。AudioCodes 网关发送 503；FreeSWITCH（SERVICE_UNAVAILABLE）落到其默认值 480（Temporarily Unavailable）；Asterisk 的 chan_pjsip 对以该原因值挂断的未应答呼入以 603（Decline）拒绝。反方向上，RFC 3398 §8.2.6.1 把 SIP 405（Method Not Allowed）映射为原因值 63，FreeSWITCH 也是如此。</translation>
    </message>
    <message>
        <source>Bearer capability not implemented</source>
        <comment>q850 65 name</comment>
        <translation>承载能力未实现</translation>
    </message>
    <message>
        <source>The equipment sending this cause does not support the requested type of connection at all.</source>
        <comment>q850 65 summary</comment>
        <translation>发出该原因值的设备根本不支持所请求的连接类型。</translation>
    </message>
    <message>
        <source>Cause 65 means that the equipment sending it does not support the requested bearer capability at all, as opposed to cause 58 (supported but not available now) and cause 57 (supported but not authorised). Typical cases are a voice-only gateway, PBX or mobile network receiving an unrestricted 64 kbit/s data or video call, or a terminal that cannot handle the information transfer capability signalled in the bearer capability. The cause is generated by the exchange, gateway or terminal that lacks the capability. Since in SIP the session description plays the part of the bearer capability, RFC 3398 maps cause 65 to 488 (Not Acceptable Here), the response for an offer that cannot be accepted, possibly with Reason: Q.850;cause=65.</source>
        <comment>q850 65 explanation</comment>
        <translation>原因值 65 表示发出它的设备根本不支持所请求的承载能力；与之不同，58 是“支持但当前不可用”，57 是“支持但未授权”。典型情形是只支持语音的网关、PBX 或移动网络收到 64 kbit/s 非受限数据或视频呼叫，或终端无法处理承载能力中所信令的信息传递能力。该原因值由缺少这项能力的交换机、网关或终端产生。由于在 SIP 中会话描述起着承载能力的作用，RFC 3398 把原因值 65 映射为 488（Not Acceptable Here），即用于无法接受的提议的响应，可能附带 Reason: Q.850;cause=65。</translation>
    </message>
    <message>
        <source>The number you called cannot handle this type of call, for example a video or data call. Try a normal voice call.</source>
        <comment>q850 65 user advice</comment>
        <translation>您所拨的号码无法处理这种类型的呼叫（例如视频或数据呼叫）。请改用普通语音通话。</translation>
    </message>
    <message>
        <source>Check the bearer capability in the ISDN SETUP or ISUP IAM (information transfer capability and user information layer 1 protocol) and whether the destination supports it; data and video calls towards mobile or VoIP destinations often fail this way. On a SIP-to-ISDN gateway, verify that voice calls are signalled as speech or 3.1 kHz audio and not as unrestricted digital information. On the SIP side, treat the resulting 488 like any media mismatch and compare the SDP offer with what the far end supports.</source>
        <comment>q850 65 engineer advice</comment>
        <translation>检查 ISDN SETUP 或 ISUP IAM 中的承载能力（信息传递能力和用户信息第 1 层协议）以及目的地是否支持；发往移动网或 VoIP 目的地的数据和视频呼叫经常因此失败。在 SIP 到 ISDN 的网关上，确认语音呼叫是以“语音”或“3.1 kHz 音频”信令的，而不是“非受限数字信息”。在 SIP 侧，把由此产生的 488 当作一般的媒体不匹配处理，将 SDP 提议与对端支持的能力进行比较。</translation>
    </message>
    <message>
        <source>unsupported video-call data-call incompatible-media</source>
        <comment>q850 65 keywords</comment>
        <translation>承载能力未实现 不支持的承载业务 不支持视频 不支持数据呼叫 媒体不匹配 拆线原因 释放原因 cause 值</translation>
    </message>
    <message>
        <source>FreeSWITCH (BEARERCAPABILITY_NOTIMPL) sends 488 as the RFC does, while AudioCodes gateways send 501 (Not Implemented) for cause 65. Asterisk&apos;s chan_pjsip has no mapping for 65 and sends 603 (Decline) when an unanswered incoming call ends with this cause.</source>
        <comment>q850 65 gateway notes</comment>
        <translation>FreeSWITCH（BEARERCAPABILITY_NOTIMPL）与 RFC 一致发送 488，而 AudioCodes 网关对原因值 65 发送 501（Not Implemented）。Asterisk 的 chan_pjsip 没有 65 的映射，未应答的呼入若以该原因值挂断，会以 603（Decline）拒绝。</translation>
    </message>
    <message>
        <source>Facility not implemented</source>
        <comment>q850 69 name</comment>
        <translation>所请求的设施未实现</translation>
    </message>
    <message>
        <source>The equipment sending this cause does not implement the supplementary service that was requested.</source>
        <comment>q850 69 summary</comment>
        <translation>发出该原因值的设备没有实现所请求的补充业务。</translation>
    </message>
    <message>
        <source>Cause 69 says that the equipment sending it does not implement the supplementary service, or facility, that was requested, for example call transfer, call diversion, advice of charge, user-to-user signalling or a network-specific facility carried in the call setup. It differs from cause 29 (facility rejected), where the service exists but was refused for this call, and from cause 50 (requested facility not subscribed). It is generated by the exchange, PBX or gateway that received the request, often because the two ends of a trunk use different ISDN variants or feature sets. RFC 3398&apos;s table in §7.2.4.1 has no row for 69, so gateways choose their own SIP response, usually 501 (Not Implemented) or 503 (Service Unavailable).</source>
        <comment>q850 69 explanation</comment>
        <translation>原因值 69 表示发出它的设备没有实现所请求的补充业务（设施），例如呼叫转接、呼叫前转、计费通知、用户到用户信令，或在呼叫建立中携带的网络特定设施。它不同于原因值 29（设施被拒绝，业务存在但此次呼叫被拒），也不同于原因值 50（所请求的设施未签约）。它由收到该请求的交换机、PBX 或网关产生，常见原因是中继两端使用了不同的 ISDN 协议变体或功能集。RFC 3398 §7.2.4.1 的映射表中没有 69 这一行，因此由网关自行选择 SIP 响应，通常是 501（Not Implemented）或 503（Service Unavailable）。</translation>
    </message>
    <message>
        <source>The feature you tried to use is not supported by the network or by the system you called. The call may work without it; otherwise contact your provider.</source>
        <comment>q850 69 user advice</comment>
        <translation>您尝试使用的功能不被网络或被叫系统支持。不使用该功能时呼叫可能可以接通；否则请联系您的运营商。</translation>
    </message>
    <message>
        <source>Identify the requested facility in the ISDN trace (Facility or Network-specific facilities information element) or in the ISUP message, and check whether it is needed at all: PBXs sometimes send QSIG or other supplementary-service data, such as name display or diversion information, that a public network or gateway does not support. Disable that feature on the trunk, or align the ISDN variant (ETSI, QSIG, national) configured on both ends.</source>
        <comment>q850 69 engineer advice</comment>
        <translation>在 ISDN 信令跟踪（Facility 或 Network-specific facilities 信息单元）或 ISUP 消息中找出所请求的设施，并确认是否真的需要它：PBX 有时会发送公网或网关不支持的 QSIG 或其他补充业务数据，例如名称显示或前转信息。可以在该中继上关闭这项功能，或使两端配置的 ISDN 协议变体（ETSI、QSIG、国内标准）保持一致。</translation>
    </message>
    <message>
        <source>unsupported-feature AOC UUS CCBS</source>
        <comment>q850 69 keywords</comment>
        <translation>所请求的设施未实现 请求的性能未实现 补充业务 不支持的功能 计费通知 AOC 用户到用户信令 UUS 遇忙回叫 CCBS 拆线原因 释放原因 cause 值</translation>
    </message>
    <message>
        <source>RFC 3398 gives no mapping for cause 69. FreeSWITCH (FACILITY_NOT_IMPLEMENTED) sends 501 (Not Implemented), AudioCodes gateways send 503 (Service Unavailable), and Asterisk&apos;s chan_pjsip sends 603 (Decline) when an unanswered incoming call ends with this cause.</source>
        <comment>q850 69 gateway notes</comment>
        <translation>RFC 3398 没有给出原因值 69 的映射。FreeSWITCH（FACILITY_NOT_IMPLEMENTED）发送 501（Not Implemented），AudioCodes 网关发送 503（Service Unavailable），Asterisk 的 chan_pjsip 对以该原因值挂断的未应答呼入以 603（Decline）拒绝。</translation>
    </message>
    <message>
        <source>Only restricted digital available</source>
        <comment>q850 70 name</comment>
        <translation>仅有受限数字承载能力</translation>
    </message>
    <message>
        <source>An unrestricted 64 kbit/s digital call was requested, but only the restricted 56 kbit/s version is available.</source>
        <comment>q850 70 summary</comment>
        <translation>主叫请求的是 64 kbit/s 非受限数字呼叫，但只能提供 56 kbit/s 的受限版本。</translation>
    </message>
    <message>
        <source>Cause 70, marked for national use in Q.850, means that the caller requested an unrestricted digital bearer service, a full 64 kbit/s clear channel, but the equipment sending the cause supports only the restricted version: 56 kbit/s digital, as found on some North American and older trunks where one bit of each octet cannot be used for data. It concerns ISDN data and video calls and almost never voice. The cause is generated by an exchange or gateway along the route, and the caller&apos;s equipment can usually retry at 56 kbit/s. RFC 3398 maps it to 488 (Not Acceptable Here), the SIP answer for a session description that cannot be accepted as offered.</source>
        <comment>q850 70 explanation</comment>
        <translation>原因值 70 在 Q.850 中标注为“国内使用”，表示主叫请求的是非受限数字承载业务（完整的 64 kbit/s 透明通道），但发出该原因值的设备只支持受限版本，即 56 kbit/s 数字传输：在部分北美中继和较老的中继上，每个八位组中有一位不能用于数据。它涉及 ISDN 数据和视频呼叫，几乎与语音无关。该原因值由路由上的交换机或网关产生，主叫设备通常可以改用 56 kbit/s 重试。RFC 3398 把它映射为 488（Not Acceptable Here），即会话描述无法按提议接受时的 SIP 响应。</translation>
    </message>
    <message>
        <source>The network cannot carry this data or video call at full speed. Set your equipment to 56 kbit/s (restricted) mode, or contact your provider.</source>
        <comment>q850 70 user advice</comment>
        <translation>网络无法以全速率承载这次数据或视频呼叫。请把设备设置为 56 kbit/s（受限）模式，或联系您的运营商。</translation>
    </message>
    <message>
        <source>Check the information transfer capability requested in the bearer capability (unrestricted versus restricted digital information) and whether the route crosses trunks that use robbed-bit signalling or do not guarantee clear 64 kbit/s. Configure the video or data terminal to fall back to 56 kbit/s, or ask the carrier for a clear-channel route. On SIP, this mostly appears with ISDN video conferencing or clear-mode (RFC 4040) calls through a gateway.</source>
        <comment>q850 70 engineer advice</comment>
        <translation>检查承载能力中请求的信息传递能力（非受限数字信息还是受限数字信息），以及路由是否经过使用抢位信令（robbed-bit）或无法保证 64 kbit/s 透明传输的中继。把视频或数据终端配置为可回退到 56 kbit/s，或请运营商提供透明通道路由。在 SIP 侧，这种情况多见于经网关的 ISDN 视频会议或 clearmode（RFC 4040）呼叫。</translation>
    </message>
    <message>
        <source>56k 64k videoconference H.320 slow-data</source>
        <comment>q850 70 keywords</comment>
        <translation>仅有受限数字承载能力 受限数字信息 56 kbit/s 透明通道 视频会议 H.320 拆线原因 释放原因 cause 值</translation>
    </message>
    <message>
        <source>AudioCodes gateways send 503 (Service Unavailable) for cause 70 instead of 488. FreeSWITCH has no named cause for 70 and sends its default, 480 (Temporarily Unavailable).</source>
        <comment>q850 70 gateway notes</comment>
        <translation>AudioCodes 网关对原因值 70 发送 503（Service Unavailable）而不是 488。FreeSWITCH 没有为 70 命名的原因值，会发送其默认值 480（Temporarily Unavailable）。</translation>
    </message>
    <message>
        <source>Service or option not implemented</source>
        <comment>q850 79 name</comment>
        <translation>业务或选项未实现</translation>
    </message>
    <message>
        <source>The equipment does not implement a service or option the call needs, and no more precise cause applies.</source>
        <comment>q850 79 summary</comment>
        <translation>设备没有实现呼叫所需的某项业务或选项，且没有更具体的原因值适用。</translation>
    </message>
    <message>
        <source>Cause 79 is the unspecified member of the service-or-option-not-implemented class (causes 65 to 79): the equipment sending it does not implement a service, option or procedure the call needs, and none of the precise causes of the class, such as 65 (bearer capability) or 69 (facility), applies. It comes from exchanges, PBXs and gateways, and in mixed networks often from an interworking point that met a request it could not translate. RFC 3398 maps it to 501 (Not Implemented), possibly with Reason: Q.850;cause=79. In the other direction, RFC 3398 §8.2.6.1 maps SIP 406, 415 and 501 to cause 79, so a 79 seen on the PSTN side may itself have started as a SIP rejection.</source>
        <comment>q850 79 explanation</comment>
        <translation>原因值 79 是“业务或选项未实现”类（原因值 65 至 79）中的“未指定”原因值：发出它的设备没有实现呼叫所需的某项业务、选项或过程，而该类中更具体的原因值（如 65“承载能力”或 69“设施”）都不适用。它来自交换机、PBX 和网关，在混合网络中常来自遇到无法翻译的请求的互通点。RFC 3398 把它映射为 501（Not Implemented），可能附带 Reason: Q.850;cause=79。反方向上，RFC 3398 §8.2.6.1 把 SIP 406、415 和 501 映射为原因值 79，因此 PSTN 侧看到的 79 本身也可能源自 SIP 拒绝。</translation>
    </message>
    <message>
        <source>The network or the system you called does not support something this call needs. Try a normal voice call, or contact your provider with the number and time.</source>
        <comment>q850 79 user advice</comment>
        <translation>网络或被叫系统不支持这次呼叫所需的某项功能。请改用普通语音通话，或将号码和时间告知您的运营商。</translation>
    </message>
    <message>
        <source>Look at what the call asked for that is unusual: bearer capability, type of number or numbering plan, supplementary services, or ISUP parameters added by your PBX or gateway. Compare the ISDN variant and options on both ends of the trunk. When the cause arrives from a SIP-facing gateway, check the SIP leg for 406, 415 or 501 responses, which are translated into 79.</source>
        <comment>q850 79 engineer advice</comment>
        <translation>查看这次呼叫请求了哪些不寻常的内容：承载能力、号码类型或编号计划、补充业务，或由本方 PBX、网关添加的 ISUP 参数。比较中继两端的 ISDN 协议变体和选项。如果该原因值来自面向 SIP 的网关，检查 SIP 侧是否出现了 406、415 或 501 响应，这些响应会被翻译为 79。</translation>
    </message>
    <message>
        <source>unsupported unimplemented not-supported</source>
        <comment>q850 79 keywords</comment>
        <translation>业务或选项未实现 业务未实现 功能未实现 不支持 拆线原因 释放原因 cause 值</translation>
    </message>
    <message>
        <source>FreeSWITCH (SERVICE_NOT_IMPLEMENTED) sends 501 and turns a received 406, 415 or 501 into cause 79; AudioCodes gateways also send 501. Asterisk&apos;s chan_pjsip has no mapping for 79 and sends 603 (Decline) when an unanswered incoming call ends with this cause.</source>
        <comment>q850 79 gateway notes</comment>
        <translation>FreeSWITCH（SERVICE_NOT_IMPLEMENTED）发送 501，并把收到的 406、415 或 501 记为原因值 79；AudioCodes 网关同样发送 501。Asterisk 的 chan_pjsip 没有 79 的映射，未应答的呼入若以该原因值挂断，会以 603（Decline）拒绝。</translation>
    </message>
    <message>
        <source>User not member of CUG</source>
        <comment>q850 87 name</comment>
        <translation>非闭合用户群成员</translation>
    </message>
    <message>
        <source>A closed user group check failed: the called user is not in the group, or an outsider called a group member.</source>
        <comment>q850 87 summary</comment>
        <translation>闭合用户群校验未通过：被叫不是该群成员，或群外用户呼叫了群成员。</translation>
    </message>
    <message>
        <source>Cause 87 belongs to the Closed User Group (CUG) service and is classed as an invalid message. It means either that the called user is not a member of the CUG named in an incoming CUG call, or that an ordinary subscriber outside any group called a CUG member who accepts calls only from within the group. The check is made by the network against the CUG data of both parties, usually at the terminating exchange, so the called terminal never sees the call. RFC 3398 maps it to 403 (Forbidden): the request is understood but refused by policy, and repeating it will not help. The response may carry Reason: Q.850;cause=87.</source>
        <comment>q850 87 explanation</comment>
        <translation>原因值 87 属于闭合用户群（CUG）业务，归在“无效消息”类中。它表示以下两种情况之一：在 CUG 呼入中被叫用户不是所指定 CUG 的成员；或者不属于任何群的普通用户呼叫了只接受群内呼叫的 CUG 成员。这一校验由网络根据双方的 CUG 数据完成，通常在终接局进行，因此被叫终端根本收不到该呼叫。RFC 3398 把它映射为 403（Forbidden）：请求已被理解，但按策略被拒绝，重复请求也没有用。响应中可以带上 Reason: Q.850;cause=87。</translation>
    </message>
    <message>
        <source>The person you called only accepts calls from members of a closed group, and your line is not in it. Contact the organisation you called, or your administrator.</source>
        <comment>q850 87 user advice</comment>
        <translation>被叫只接受某个闭合用户群成员的呼叫，而您的线路不在该群中。请联系被叫单位或您的管理员。</translation>
    </message>
    <message>
        <source>Check CUG membership and interlock codes of both lines with the operator or in the IMS or PBX subscriber data, including whether the caller has outgoing access and the called party incoming access outside the group. If the call crosses a gateway, verify that a CUG interlock code is not being added or dropped by mistake. Like cause 55, this is a provisioning issue, not a network fault.</source>
        <comment>q850 87 engineer advice</comment>
        <translation>向运营商或在 IMS、PBX 用户数据中核对双方线路的 CUG 成员关系和互锁码，包括主叫是否具有群外呼出权限、被叫是否具有群外呼入权限。如果呼叫经过网关，确认 CUG 互锁码没有被误加或丢失。与原因值 55 一样，这是开通数据问题，而不是网络故障。</translation>
    </message>
    <message>
        <source>closed-user-group non-member group-restriction</source>
        <comment>q850 87 keywords</comment>
        <translation>非闭合用户群成员 闭合用户群 CUG 群外用户 成员校验 拆线原因 释放原因 cause 值</translation>
    </message>
    <message>
        <source>AudioCodes gateways send 503 (Service Unavailable) for cause 87 instead of 403. FreeSWITCH has no named cause for 87 and sends its default, 480 (Temporarily Unavailable).</source>
        <comment>q850 87 gateway notes</comment>
        <translation>AudioCodes 网关对原因值 87 发送 503（Service Unavailable）而不是 403。FreeSWITCH 没有为 87 命名的原因值，会发送其默认值 480（Temporarily Unavailable）。</translation>
    </message>
    <message>
        <source>Incompatible destination</source>
        <comment>q850 88 name</comment>
        <translation>目的地不兼容</translation>
    </message>
    <message>
        <source>The destination cannot accommodate the compatibility attributes of the call, such as its data rate or service type.</source>
        <comment>q850 88 summary</comment>
        <translation>目的地无法适应该呼叫的兼容性属性，例如数据速率或业务类型。</translation>
    </message>
    <message>
        <source>Cause 88 means that the destination received a call whose compatibility attributes it cannot accommodate: the low layer compatibility, the high layer compatibility, or other attributes such as the data rate. Classic examples are a fax or data terminal receiving a speech call, a telephone receiving a data call, or an ISDN video unit receiving a call with an unsuitable rate adaption. It is normally generated by the called terminal, or by the PBX serving it, after compatibility checking, so the call did reach the destination. RFC 3398 maps it to 503 (Service Unavailable), possibly with Reason: Q.850;cause=88. VoIP platforms widely reuse the cause for codec and SDP mismatches.</source>
        <comment>q850 88 explanation</comment>
        <translation>原因值 88 表示目的地收到了一个其兼容性属性无法适应的呼叫：低层兼容性、高层兼容性，或数据速率等其他属性。典型例子是传真或数据终端收到语音呼叫、电话机收到数据呼叫，或 ISDN 视频设备收到速率适配方式不合适的呼叫。它通常由被叫终端或为其服务的 PBX 在兼容性检查后产生，因此呼叫其实已经到达目的地。RFC 3398 把它映射为 503（Service Unavailable），可能附带 Reason: Q.850;cause=88。VoIP 平台也普遍借用该原因值表示编解码器和 SDP 不匹配。</translation>
    </message>
    <message>
        <source>The number you called is connected to equipment that cannot take this kind of call, such as a fax or data line. Check the number, or call from a matching device.</source>
        <comment>q850 88 user advice</comment>
        <translation>您所拨的号码连接的设备无法接受这类呼叫（例如传真或数据线路）。请核对号码，或使用相匹配的设备拨打。</translation>
    </message>
    <message>
        <source>In an ISDN trace, compare the Bearer capability, Low layer compatibility and High layer compatibility elements of the SETUP with what the called terminal accepts; PBX extensions configured for data or fax only are a common culprit. On VoIP, a cause 88 is usually a translated 488 or 606: capture both legs and compare the SDP offer and answer (codecs, payload types, T.38 versus G.711 fax, SRTP requirements).</source>
        <comment>q850 88 engineer advice</comment>
        <translation>在 ISDN 信令跟踪中，把 SETUP 里的 Bearer capability、Low layer compatibility 和 High layer compatibility 信息单元与被叫终端可接受的能力进行比较；只配置为数据或传真用途的 PBX 分机是常见原因。在 VoIP 中，原因值 88 通常是由 488 或 606 翻译而来的：请在两条呼叫分支上抓包，比较 SDP 提议与应答（编解码器、载荷类型、T.38 还是 G.711 传真、SRTP 要求）。</translation>
    </message>
    <message>
        <source>fax-line data-line codec-mismatch LLC HLC</source>
        <comment>q850 88 keywords</comment>
        <translation>目的地不兼容 终端不兼容 不兼容的目的地 编解码器不匹配 编解码 媒体 传真 拆线原因 释放原因 cause 值</translation>
    </message>
    <message>
        <source>Current FreeSWITCH releases send 488 (Not Acceptable Here) for cause 88 (older ones sent 503), and FreeSWITCH turns a received 488 or 606 into INCOMPATIBLE_DESTINATION (88), so this cause in a FreeSWITCH log usually means a media or codec mismatch. AudioCodes gateways send 503 as the RFC does.</source>
        <comment>q850 88 gateway notes</comment>
        <translation>当前版本的 FreeSWITCH 对原因值 88 发送 488（Not Acceptable Here）（较早的版本发送 503），并把收到的 488 或 606 记为 INCOMPATIBLE_DESTINATION（88），因此 FreeSWITCH 日志中的这个原因值通常意味着媒体或编解码器不匹配。AudioCodes 网关与 RFC 一致发送 503。</translation>
    </message>
    <message>
        <source>Invalid message, unspecified</source>
        <comment>q850 95 name</comment>
        <translation>无效消息，未指定</translation>
    </message>
    <message>
        <source>The equipment received a signalling message it considered invalid, and no more precise cause applies.</source>
        <comment>q850 95 summary</comment>
        <translation>设备收到了它认为无效的信令消息，且没有更具体的原因值适用。</translation>
    </message>
    <message>
        <source>Cause 95 is the unspecified member of the invalid-message class (causes 81 to 95): the equipment sending it received a message it considered invalid, for example with parameter values out of range or inconsistent with each other, and no more specific cause of the class applies. It points to a signalling incompatibility between two adjacent nodes rather than to the called party: mismatched ISDN or ISUP variants, a gateway building a malformed SETUP or IAM from SIP data (an over-long or badly coded number, for instance), or a software defect. RFC 3398&apos;s table in §7.2.4.1 has no row for 95, so the SIP response depends on the gateway, and Reason: Q.850;cause=95 is the only reliable trace of the original value.</source>
        <comment>q850 95 explanation</comment>
        <translation>原因值 95 是“无效消息”类（原因值 81 至 95）中的“未指定”原因值：发出它的设备收到了一条它认为无效的消息，例如参数值超出范围或相互矛盾，而该类中没有更具体的原因值适用。它指向两个相邻节点之间的信令不兼容，而不是被叫方的问题：ISDN 或 ISUP 协议变体不一致，网关根据 SIP 数据构造出格式错误的 SETUP 或 IAM（例如号码过长或编码错误），或软件缺陷。RFC 3398 §7.2.4.1 的映射表中没有 95 这一行，因此 SIP 响应取决于网关，只有 Reason: Q.850;cause=95 能可靠地保留原始原因值。</translation>
    </message>
    <message>
        <source>The call failed because of a technical signalling problem between networks. Please try again; if it persists, report the number and time to your provider.</source>
        <comment>q850 95 user advice</comment>
        <translation>由于网络之间的信令技术问题，呼叫失败。请重新拨打；如果问题持续，请把号码和时间报告给您的运营商。</translation>
    </message>
    <message>
        <source>Take an ISDN or SS7 trace at the gateway and decode the message that was rejected; look for unusual number formats (type of number, numbering plan, length), optional parameters your side adds, and the ISDN or ISUP variant configured on each end. If your gateway builds the message from SIP, check how it maps From, P-Asserted-Identity and the Request-URI into calling and called numbers. Send the carrier the decoded message together with the cause and its diagnostic field.</source>
        <comment>q850 95 engineer advice</comment>
        <translation>在网关上进行 ISDN 或 SS7 信令跟踪，解码被拒绝的那条消息；关注不寻常的号码格式（号码类型、编号计划、长度）、本方添加的可选参数，以及两端配置的 ISDN 或 ISUP 协议变体。如果该消息是网关根据 SIP 构造的，检查它如何把 From、P-Asserted-Identity 和 Request-URI 映射为主叫号码和被叫号码。把解码后的消息连同原因值及其诊断字段一并提供给运营商。</translation>
    </message>
    <message>
        <source>parameter-out-of-range decoding-error variant-mismatch bad-message</source>
        <comment>q850 95 keywords</comment>
        <translation>无效消息 消息无效 格式错误 参数错误 协议变体不一致 拆线原因 释放原因 cause 值</translation>
    </message>
    <message>
        <source>RFC 3398 gives no mapping for cause 95. AudioCodes gateways send 503 (Service Unavailable); FreeSWITCH (INVALID_MSG_UNSPECIFIED) falls back to its default 480 (Temporarily Unavailable); Asterisk&apos;s chan_pjsip sends 603 (Decline) when an unanswered incoming call ends with this cause.</source>
        <comment>q850 95 gateway notes</comment>
        <translation>RFC 3398 没有给出原因值 95 的映射。AudioCodes 网关发送 503（Service Unavailable）；FreeSWITCH（INVALID_MSG_UNSPECIFIED）落到其默认值 480（Temporarily Unavailable）；Asterisk 的 chan_pjsip 对以该原因值挂断的未应答呼入以 603（Decline）拒绝。</translation>
    </message>
    <message>
        <source>Recovery on timer expiry</source>
        <comment>q850 102 name</comment>
        <translation>定时器超时恢复</translation>
    </message>
    <message>
        <source>A signalling timer expired, and the call was cleared by the error-recovery procedure.</source>
        <comment>q850 102 summary</comment>
        <translation>信令定时器超时，呼叫被差错恢复程序拆除。</translation>
    </message>
    <message>
        <source>Cause 102, in the protocol-error class, reports that a signalling timer expired and the equipment cleared the call as part of its error-recovery procedures. Examples are ISUP timer T7, which waits for the address complete message after the initial address message, and DSS1 timers such as T310 at the ISDN interface; the common thread is that the far side stopped answering during call setup. It is generated by whichever exchange or gateway was waiting, so its location shows where the silence began. RFC 3398 maps it to 504 (Server Time-out), and gateways add Reason: Q.850;cause=102 where they support it. In the SIP-to-ISUP direction, RFC 3398 §8.2.6.1 maps 408 and 504 back to cause 102.</source>
        <comment>q850 102 explanation</comment>
        <translation>原因值 102 属于“协议错误”类，表示某个信令定时器超时，设备按差错恢复程序拆除了呼叫。例如 ISUP 定时器 T7（发出初始地址消息后等待地址全消息），以及 ISDN 接口上的 T310 等 DSS1 定时器；共同点是对端在呼叫建立过程中不再应答。它由正在等待的交换机或网关产生，因此其位置字段能说明“沉默”从哪里开始。RFC 3398 把它映射为 504（Server Time-out），支持的网关会附带 Reason: Q.850;cause=102。在 SIP 到 ISUP 方向上，RFC 3398 §8.2.6.1 把 408 和 504 映射回原因值 102。</translation>
    </message>
    <message>
        <source>The network stopped waiting for an answer while setting up your call. Please try again; if it keeps happening, report it with the number and time.</source>
        <comment>q850 102 user advice</comment>
        <translation>网络在建立您的呼叫时等待应答超时。请重新拨打；如果经常出现，请报告号码和时间。</translation>
    </message>
    <message>
        <source>Find which node timed out: the location of the cause, the Reason header field and the timing in the capture (a release 20 to 30 seconds after the setup message often points to ISUP T7). Check that the far side actually received the setup: routing loops, unreachable SIP next hops behind the gateway, and SIP peers that send neither 100 Trying nor 18x all end up as 102 at the gateway. Compare timer values across trunks and SBCs, so that a SIP timer such as Timer B or Timer C does not race the ISUP or ISDN timer.</source>
        <comment>q850 102 engineer advice</comment>
        <translation>找出是哪个节点超时：看原因值的位置字段、Reason 头域以及抓包中的时间关系（在建立消息发出 20 到 30 秒后拆线，往往指向 ISUP T7）。确认对端是否真的收到了建立消息：路由环路、网关后面不可达的 SIP 下一跳，以及既不回 100 Trying 也不回 18x 的 SIP 对端，最终都会在网关上表现为 102。比较中继和 SBC 上的定时器取值，避免 Timer B、Timer C 等 SIP 定时器与 ISUP 或 ISDN 定时器相互竞争。</translation>
    </message>
    <message>
        <source>no-response setup-timeout PDD post-dial-delay</source>
        <comment>q850 102 keywords</comment>
        <translation>定时器超时恢复 定时器超时 超时 无响应 不可达 建立超时 接续时延 PDD 拆线原因 释放原因 cause 值</translation>
    </message>
    <message>
        <source>FreeSWITCH sends 504 for cause 102 and reports RECOVERY_ON_TIMER_EXPIRE (102) whenever a SIP call fails with 408 or 504, which makes it a frequent FreeSWITCH hangup cause when a gateway does not answer. Asterisk turns a received 504 into 102 but has no SIP code for 102 itself, and sends 603 (Decline) when an unanswered incoming call ends with this cause. AudioCodes gateways send 408 (Request Timeout) for 102.</source>
        <comment>q850 102 gateway notes</comment>
        <translation>FreeSWITCH 对原因值 102 发送 504，并且只要 SIP 呼叫以 408 或 504 失败就记为 RECOVERY_ON_TIMER_EXPIRE（102），因此当网关没有响应时，这是 FreeSWITCH 中很常见的挂断原因。Asterisk 会把收到的 504 记为 102，但自身没有为 102 定义 SIP 状态码，未应答的呼入若以该原因值挂断，会以 603（Decline）拒绝。AudioCodes 网关对 102 发送 408（Request Timeout）。</translation>
    </message>
    <message>
        <source>Protocol error, unspecified</source>
        <comment>q850 111 name</comment>
        <translation>协议错误，未指定</translation>
    </message>
    <message>
        <source>The equipment detected a signalling protocol error, and no more precise cause applies.</source>
        <comment>q850 111 summary</comment>
        <translation>设备检测到信令协议错误，且没有更具体的原因值适用。</translation>
    </message>
    <message>
        <source>Cause 111 is the unspecified member of the protocol-error class (causes 96 to 111): the equipment sending it detected a violation of the signalling protocol, such as a message arriving in the wrong call state, a missing mandatory element or an unexpected sequence, and none of the more precise causes of the class (96 to 103, 110) applies. It indicates a fault or incompatibility in the signalling between two adjacent nodes, not a problem with the called party, and it is usually generated by the exchange or gateway that received the offending message. RFC 3398 maps it to 500 (Server Internal Error), possibly with Reason: Q.850;cause=111.</source>
        <comment>q850 111 explanation</comment>
        <translation>原因值 111 是“协议错误”类（原因值 96 至 111）中的“未指定”原因值：发出它的设备检测到信令协议被违反，例如消息在错误的呼叫状态下到达、缺少必选单元或消息顺序异常，而该类中更具体的原因值（96 至 103、110）都不适用。它表明两个相邻节点之间的信令存在故障或不兼容，而不是被叫方的问题，通常由收到出错消息的交换机或网关产生。RFC 3398 把它映射为 500（Server Internal Error），可能附带 Reason: Q.850;cause=111。</translation>
    </message>
    <message>
        <source>The call failed because of a technical fault between network systems. Please try again later, and report the number and time if it keeps happening.</source>
        <comment>q850 111 user advice</comment>
        <translation>由于网络系统之间的技术故障，呼叫失败。请稍后再试；如果经常出现，请报告号码和时间。</translation>
    </message>
    <message>
        <source>Capture the signalling on both sides of the node that generated the cause and look for the message sequence that broke the protocol: a release or answer crossing another message, a message the peer does not support, or a parameter the other side rejects. Check that both ends of the ISDN or ISUP link use the same variant and options, and update gateway firmware if the fault follows a specific message flow. The resulting SIP 500 carries no detail, so keep the Reason header field and the gateway&apos;s own logs.</source>
        <comment>q850 111 engineer advice</comment>
        <translation>在产生该原因值的节点两侧同时抓取信令，找出违反协议的消息序列：拆线消息或应答消息与其他消息交叉、对端不支持的消息，或被对方拒绝的参数。确认 ISDN 或 ISUP 链路两端使用相同的协议变体和选项；如果故障总是出现在某个特定消息流程中，应升级网关固件。由此产生的 SIP 500 不带任何细节，因此要保留 Reason 头域和网关自身的日志。</translation>
    </message>
    <message>
        <source>state-mismatch unexpected-message interop bug</source>
        <comment>q850 111 keywords</comment>
        <translation>协议错误 信令错误 消息顺序错误 状态不符 互通问题 拆线原因 释放原因 cause 值</translation>
    </message>
    <message>
        <source>FreeSWITCH (PROTOCOL_ERROR) has no mapping for cause 111 and sends its default, 480 (Temporarily Unavailable); Asterisk&apos;s chan_pjsip sends 603 (Decline) when an unanswered incoming call ends with this cause. AudioCodes gateways send 500 as the RFC does.</source>
        <comment>q850 111 gateway notes</comment>
        <translation>FreeSWITCH（PROTOCOL_ERROR）没有原因值 111 的映射，会发送其默认值 480（Temporarily Unavailable）；Asterisk 的 chan_pjsip 对以该原因值挂断的未应答呼入以 603（Decline）拒绝。AudioCodes 网关与 RFC 一致发送 500。</translation>
    </message>
    <message>
        <source>Interworking, unspecified</source>
        <comment>q850 127 name</comment>
        <translation>互通未指定</translation>
    </message>
    <message>
        <source>The call crossed a network or protocol that gives no cause, so the real reason for the release is unknown.</source>
        <comment>q850 127 summary</comment>
        <translation>呼叫经过了不提供原因值的网络或协议，因此释放的真实原因无从得知。</translation>
    </message>
    <message>
        <source>Cause 127 says that the call went through interworking with a network or protocol that does not provide causes for its actions, so the precise reason for the release cannot be determined. It is typically generated at the boundary between signalling systems: an ISUP network meeting older channel-associated signalling such as R2 or MF, a SIP or H.323 network, or a gateway receiving a SIP response it has no specific cause for. RFC 3398 maps cause 127 to 500 (Server Internal Error) and, in the other direction (§8.2.6.1), maps SIP responses such as 413, 414, 416, 420, 421, 423, 505 and 513 to 127. The real reason therefore usually lies beyond the interworking point, on the other network&apos;s side.</source>
        <comment>q850 127 explanation</comment>
        <translation>原因值 127 表示呼叫经过了与某个网络或协议的互通，而该网络或协议不为其动作提供原因值，因此无法确定释放的确切原因。它通常在不同信令体系的边界上产生：ISUP 网络与 R2、MF 等较老的随路信令相接，与 SIP 或 H.323 网络相接，或网关收到一个没有对应具体原因值的 SIP 响应。RFC 3398 把原因值 127 映射为 500（Server Internal Error），在反方向上（§8.2.6.1）则把 413、414、416、420、421、423、505 和 513 等 SIP 响应映射为 127。因此真实原因通常在互通点之外、另一个网络的那一侧。</translation>
    </message>
    <message>
        <source>The call failed somewhere between two different networks, and the exact reason was not passed back. Try again later; if it keeps failing, report the number and time to your provider.</source>
        <comment>q850 127 user advice</comment>
        <translation>呼叫在两个不同网络之间的某处失败，而确切原因没有被回传。请稍后再试；如果一直失败，请把号码和时间报告给您的运营商。</translation>
    </message>
    <message>
        <source>Trace the call past the interworking point: on the SIP side, find the original SIP response and any Reason or Warning header field that the gateway translated into 127; on the PSTN side, ask the carrier which cause they received from the next network. If your own gateway turns many different SIP errors into 127, configure an explicit SIP-to-Q.850 mapping so the real failure (busy, not found, rejected) reaches the PSTN caller. Be wary of routes where every failure returns 127, which hides causes such as 17 or 1.</source>
        <comment>q850 127 engineer advice</comment>
        <translation>越过互通点继续跟踪呼叫：在 SIP 侧，找到被网关翻译成 127 的原始 SIP 响应以及其中的 Reason 或 Warning 头域；在 PSTN 侧，请运营商说明他们从下一个网络收到的原因值。如果本方网关把许多不同的 SIP 错误都转换成 127，应配置明确的 SIP 到 Q.850 映射表，让真实的失败原因（忙、号码不存在、被拒绝）传到 PSTN 主叫。对于所有失败都返回 127 的路由要提高警惕，因为这会掩盖 17、1 等原因值。</translation>
    </message>
    <message>
        <source>gateway-translation unknown-reason generic-error SS7-SIP</source>
        <comment>q850 127 keywords</comment>
        <translation>互通未指定 互通 未指定 网间互通 原因不明 网关翻译 拆线原因 释放原因 cause 值</translation>
    </message>
    <message>
        <source>Asterisk sends 500 for cause 127 as the RFC does, and turns SIP 405, 415, 481, 487 and 491, as well as any 4xx or 6xx it does not map, into 127. FreeSWITCH (INTERWORKING) sends its default 480 (Temporarily Unavailable) and turns 413, 414, 416, 420, 421, 423, 505 and 513 into 127.</source>
        <comment>q850 127 gateway notes</comment>
        <translation>Asterisk 与 RFC 一致对原因值 127 发送 500，并把 SIP 405、415、481、487 和 491，以及它未单独映射的任何 4xx 或 6xx 都记为 127。FreeSWITCH（INTERWORKING）发送其默认值 480（Temporarily Unavailable），并把 413、414、416、420、421、423、505 和 513 记为 127。</translation>
    </message>
    <message>
        <source>Unallocated number</source>
        <comment>q850 1 name</comment>
        <translation>空号（未分配号码）</translation>
    </message>
    <message>
        <source>The dialled number has a valid format but is not assigned to any subscriber.</source>
        <comment>q850 1 summary</comment>
        <translation>所拨号码格式正确，但未分配给任何用户。</translation>
    </message>
    <message>
        <source>The exchange that owns the number range, usually the terminating local exchange, sends this cause when the called number is well formed but not allocated at the moment: never assigned, taken out of service and not yet reused, or ported away while routing data still points to the old network. It belongs to the normal class, so it reports a fact about the number, not a fault, and the network often plays a number-unobtainable announcement first. SIP receives it as Reason: Q.850;cause=1, in a final response (RFC 6432) or in a BYE or CANCEL (RFC 3326), and a gateway following RFC 3398 answers the INVITE with 404 (Not Found). In the opposite direction RFC 3398 maps 404, 485 and 604 to cause 1.</source>
        <comment>q850 1 explanation</comment>
        <translation>该原因值由拥有该号段的交换机（通常是终端局）发出，表示被叫号码格式正确，但目前没有分配：从未放号、已停用且尚未重新分配，或者号码已携出而路由数据仍指向原网络。它属于正常类原因，说明的是号码本身的状态而不是故障，网络通常会先播放“空号”提示音。SIP 侧以 Reason: Q.850;cause=1 的形式收到它，可能位于最终响应中（RFC 6432），也可能位于 BYE 或 CANCEL 中（RFC 3326）；遵循 RFC 3398 的网关会以 404（Not Found）响应 INVITE。反方向上，RFC 3398 将 404、485 和 604 映射为原因值 1。</translation>
    </message>
    <message>
        <source>The number you dialled does not exist or is no longer in service. Check the number, including any area or country code, and dial again.</source>
        <comment>q850 1 user advice</comment>
        <translation>您拨打的号码不存在或已停用。请核对号码（包括区号或国家代码）后重拨。</translation>
    </message>
    <message>
        <source>Check the called number as it left your network: digit manipulation, prefix stripping and normalisation to E.164 or national format on the PBX, SBC or trunk. Compare the Request-URI and To of the INVITE with what the user dialled. If the number is valid and works from other networks, open a carrier ticket with the call time: a ported number with stale routing data, or a newly opened range not yet loaded in a transit network, also produces cause 1. The cause location tells which network released the call.</source>
        <comment>q850 1 engineer advice</comment>
        <translation>检查号码离开本网时的实际形态：PBX、SBC 或中继上的号码变换、前缀删除以及 E.164 或国内格式的规整。将 INVITE 的 Request-URI 和 To 与用户实际拨打的号码进行比对。如果号码有效且从其他网络可以打通，请带上呼叫时间向运营商报障：路由数据未更新的携号转网号码，或转接网尚未加载的新开号段，同样会产生原因值 1。原因值中的位置 (location) 字段可以说明是哪个网络释放了呼叫。</translation>
    </message>
    <message>
        <source>unassigned vacant invalid number not exist nonexistent disconnected unobtainable</source>
        <comment>q850 1 keywords</comment>
        <translation>空号 未分配号码 号码不存在 号码错误 停机 拆线原因 释放原因 原因值</translation>
    </message>
    <message>
        <source>No route to transit network</source>
        <comment>q850 2 name</comment>
        <translation>无至指定转接网的路由</translation>
    </message>
    <message>
        <source>The exchange was asked to route the call through a transit network that it does not know or cannot reach.</source>
        <comment>q850 2 summary</comment>
        <translation>交换机被要求经由某个转接网路由呼叫，但它不认识该网络或无法到达该网络。</translation>
    </message>
    <message>
        <source>Q.850 reserves this cause for national use. An exchange sends it when it was asked to carry the call through a particular transit network, typically chosen with a carrier selection prefix or a transit network selection parameter, and either does not recognise that network or is not served by it. The problem lies in the choice of carrier, not in the called number. In SIP it arrives as Reason: Q.850;cause=2, and RFC 3398 maps it to 404 (Not Found), the same response as causes 1 and 3; only the Reason header field tells the three apart.</source>
        <comment>q850 2 explanation</comment>
        <translation>Q.850 将该原因值保留给国内使用。当交换机被要求经由某个特定转接网（通常由运营商选择前缀或转接网选择参数指定）传送呼叫，而它不认识该网络或不由该网络服务时，就会发出此原因值。问题出在所选的运营商上，而不是被叫号码本身。在 SIP 侧它以 Reason: Q.850;cause=2 的形式出现，RFC 3398 将其映射为 404（Not Found），与原因值 1 和 3 相同；只有 Reason 头域才能区分这三者。</translation>
    </message>
    <message>
        <source>The call could not be routed through the long-distance carrier that was selected. Dial without the carrier prefix, or contact your telephone provider.</source>
        <comment>q850 2 user advice</comment>
        <translation>无法经由所选的长途运营商接续该呼叫。请去掉运营商选择前缀后重拨，或联系您的电话服务提供商。</translation>
    </message>
    <message>
        <source>Look for carrier selection in the outgoing call: an access prefix dialled by the user or added by the PBX dial plan, a cic parameter in a tel URI (RFC 4694), or a carrier-specific header field on the SIP trunk. Remove or correct it and test again. If no carrier selection was intended, ask the carrier which transit network its switch tried to use, because a wrong routing entry on their side produces the same cause.</source>
        <comment>q850 2 engineer advice</comment>
        <translation>检查呼出呼叫中的运营商选择信息：用户拨打或 PBX 拨号规则添加的运营商接入前缀、tel URI 中的 cic 参数（RFC 4694），或 SIP 中继上运营商自定义的头域。将其删除或改正后重新测试。如果本来就不打算选择运营商，请询问运营商其交换机试图使用哪个转接网，因为对方路由数据配置错误也会产生同样的原因值。</translation>
    </message>
    <message>
        <source>carrier selection prefix transit CIC interexchange long distance national use</source>
        <comment>q850 2 keywords</comment>
        <translation>无至转接网路由 转接网 运营商选择 长途运营商 运营商前缀 CIC 拆线原因 释放原因 原因值</translation>
    </message>
    <message>
        <source>No route to destination</source>
        <comment>q850 3 name</comment>
        <translation>无至目的地的路由</translation>
    </message>
    <message>
        <source>The network the call reached does not serve the destination, so the call cannot be routed further.</source>
        <comment>q850 3 summary</comment>
        <translation>呼叫所到达的网络不为该目的地提供服务，无法继续路由。</translation>
    </message>
    <message>
        <source>The called party cannot be reached because the network the call was routed through does not serve the wanted destination; Q.850 leaves support of the cause to each network. In practice a routing table somewhere had no entry for the number: a transit or local exchange without a route for the prefix, a PBX or gateway whose dial plan matched nothing, or a destination class such as premium-rate or international numbers that the trunk is not routed for. It is a normal-class cause, and RFC 3398 maps it to 404 (Not Found). Softswitches also use it for their own routing failures: FreeSWITCH reports NO_ROUTE_DESTINATION when no dial plan extension matches.</source>
        <comment>q850 3 explanation</comment>
        <translation>该原因值表示被叫无法到达，因为呼叫所经过的网络不为所需的目的地提供服务；Q.850 规定是否支持此原因值由各网络自行决定。实际上它意味着某处的路由表中没有该号码的条目：转接局或本地局没有该前缀的路由，PBX 或网关的拨号规则没有匹配项，或者中继没有开通某类目的地（如增值业务号码或国际号码）的路由。它属于正常类原因，RFC 3398 将其映射为 404（Not Found）。软交换也用它表示自身的路由失败：FreeSWITCH 在拨号计划中没有匹配的 extension 时报告 NO_ROUTE_DESTINATION。</translation>
    </message>
    <message>
        <source>The network could not find a way to connect your call to this number. Check the number; if it is correct, the destination may not be reachable from your line, so contact your provider.</source>
        <comment>q850 3 user advice</comment>
        <translation>网络找不到将您的呼叫接通到该号码的路径。请核对号码；如果号码正确，可能是您的线路无法到达该目的地，请联系服务提供商。</translation>
    </message>
    <message>
        <source>Find the element that released the call (cause location, Via, Server or User-Agent header fields) and check its routing for the exact number it received: dial plan patterns, route lists, least-cost routing tables and prefix translations on the PBX, SBC or gateway. Check the number format the next hop expects (national or E.164) and whether the destination class (international, premium, short codes) is enabled on the trunk. On FreeSWITCH, a NO_ROUTE_DESTINATION hangup in the log means the dial plan did not match; on Asterisk, check the context the call landed in.</source>
        <comment>q850 3 engineer advice</comment>
        <translation>找出释放呼叫的网元（原因值的位置字段，Via、Server 或 User-Agent 头域），针对它实际收到的号码检查其路由：PBX、SBC 或网关上的拨号规则、路由列表、最低成本路由表和前缀变换。确认下一跳期望的号码格式（国内格式还是 E.164），以及中继上是否开通了该类目的地（国际、增值业务、短号码）。在 FreeSWITCH 上，日志中出现 NO_ROUTE_DESTINATION 挂机表示拨号计划没有匹配；在 Asterisk 上，检查呼叫进入的 context。</translation>
    </message>
    <message>
        <source>routing dial plan no match unroutable missing route LCR translation prefix</source>
        <comment>q850 3 keywords</comment>
        <translation>无路由 无至目的地路由 路由失败 路由表 拨号规则 号码分析 拆线原因 释放原因 原因值</translation>
    </message>
    <message>
        <source>Asterisk and FreeSWITCH also answer 404. Asterisk uses cause 3 internally when the PJSIP endpoint named in Dial does not exist, so a 404 from Asterisk can come from its own configuration rather than from the network.</source>
        <comment>q850 3 gateway notes</comment>
        <translation>Asterisk 和 FreeSWITCH 同样以 404 作答。Asterisk 在 Dial 所指定的 PJSIP 端点不存在时内部也使用原因值 3，因此 Asterisk 返回的 404 可能源于其自身配置，而非来自网络。</translation>
    </message>
    <message>
        <source>Normal call clearing</source>
        <comment>q850 16 name</comment>
        <translation>正常呼叫清除</translation>
    </message>
    <message>
        <source>One of the parties hung up and the call ended normally.</source>
        <comment>q850 16 summary</comment>
        <translation>通话一方挂机，呼叫正常结束。</translation>
    </message>
    <message>
        <source>The call is cleared because one of the users involved asked for it, normally by hanging up; Q.850 notes that in normal situations the network is not the source of this cause. It is the most frequent cause in any call record and does not indicate an error. In SIP it belongs in the request that ends the call, a BYE after answer or a CANCEL before it, as Reason: Q.850;cause=16 (RFC 3326). RFC 3398 gives it no response code, because a gateway that receives it normally sends BYE or CANCEL instead. If it arrives before the call is answered, the gateway still has to send a final response to the INVITE, and which status it picks depends on the product.</source>
        <comment>q850 16 explanation</comment>
        <translation>呼叫被清除是因为通话中的某一方提出了请求，通常就是挂机；Q.850 指出，正常情况下该原因值并非由网络产生。它是各类话单中最常见的原因值，并不表示出错。在 SIP 中，它应出现在结束呼叫的请求里：应答后为 BYE，应答前为 CANCEL，形式为 Reason: Q.850;cause=16（RFC 3326）。RFC 3398 没有为它指定响应码，因为收到它的网关通常会改发 BYE 或 CANCEL。如果它在呼叫应答之前到达，网关仍然必须对 INVITE 发送最终响应，具体选用哪个状态码取决于产品。</translation>
    </message>
    <message>
        <source>The call ended normally because one side hung up. If you did not hang up, the other person or their phone ended the call.</source>
        <comment>q850 16 user advice</comment>
        <translation>呼叫已正常结束，原因是有一方挂机。如果不是您挂断的，则是对方或对方的话机结束了通话。</translation>
    </message>
    <message>
        <source>When a user reports a cut-off call with cause 16, check who sent the BYE and when: about 32 seconds after answer points to a 2xx that was never acknowledged (NAT or firewall trouble), other fixed durations to a session timer or a maximum call duration setting. Compare the Via and User-Agent of the BYE with the expected endpoint. A CANCEL with cause 16 means the caller gave up while it was ringing; a cause 16 release from the called side before answer is usually a switch or PBX rejecting the call without a more specific cause, so look at what preceded it.</source>
        <comment>q850 16 engineer advice</comment>
        <translation>当用户投诉通话被中断而原因值为 16 时，要查清是谁在什么时候发送了 BYE：应答后约 32 秒断开，说明 2xx 一直没有得到 ACK 确认（NAT 或防火墙问题）；其他固定时长则指向会话定时器或最长通话时长设置。将 BYE 的 Via 和 User-Agent 与预期的终端进行比对。携带原因值 16 的 CANCEL 表示主叫在振铃时放弃了呼叫；而被叫侧在应答前以原因值 16 释放，通常是交换机或 PBX 在没有更具体原因值的情况下拒绝了呼叫，需要查看在此之前发生了什么。</translation>
    </message>
    <message>
        <source>hangup hang up normal clearing call ended completed disconnect onhook</source>
        <comment>q850 16 keywords</comment>
        <translation>正常呼叫清除 正常释放 正常拆线 挂机 挂断 通话结束 拆线原因 释放原因 原因值</translation>
    </message>
    <message>
        <source>When cause 16 must become a final response because the call was not answered yet, Asterisk (chan_pjsip) sends 603 (Decline) and FreeSWITCH sends 480 (Temporarily Unavailable), since neither maps the cause itself. FreeSWITCH writes its own cause name into the Reason text, for example text=NORMAL_CLEARING.</source>
        <comment>q850 16 gateway notes</comment>
        <translation>当呼叫尚未应答、原因值 16 必须转换为最终响应时，Asterisk（chan_pjsip）发送 603（Decline），FreeSWITCH 发送 480（Temporarily Unavailable），因为二者都没有为该原因值本身定义映射。FreeSWITCH 会把自己的原因名称写入 Reason 的 text 参数，例如 text=NORMAL_CLEARING。</translation>
    </message>
    <message>
        <source>User busy</source>
        <comment>q850 17 name</comment>
        <translation>用户忙</translation>
    </message>
    <message>
        <source>The called party cannot accept another call because it is busy.</source>
        <comment>q850 17 summary</comment>
        <translation>被叫处于忙状态，无法再接受新的呼叫。</translation>
    </message>
    <message>
        <source>The called party cannot take another call because a user-busy condition was met. Q.850 lets either the called user or the network generate it; when the terminal decides, it was compatible with the call and simply had no free line. Networks send it for a line already in a call without call waiting, for a subscriber with do-not-disturb or busy-on-busy, and for an ISDN access whose channels are all in use (network-determined user busy). The caller hears a busy tone. RFC 3398 maps it to 486 (Busy Here), which then carries Reason: Q.850;cause=17; in the other direction 486 and 600 map to cause 17.</source>
        <comment>q850 17 explanation</comment>
        <translation>该原因值表示被叫遇到用户忙状态，无法再接受呼叫。Q.850 规定它既可以由被叫用户产生，也可以由网络产生；若由终端判定，说明终端与该呼叫兼容，只是没有空闲线路。网络会在以下情况发送它：线路正在通话且未开通呼叫等待，用户设置了免打扰或忙时拒接，以及 ISDN 接入的所有通道都已占用（网络判定的用户忙）。主叫会听到忙音。RFC 3398 将其映射为 486（Busy Here），响应中携带 Reason: Q.850;cause=17；反方向上，486 和 600 都映射为原因值 17。</translation>
    </message>
    <message>
        <source>The person you called is on another call. Try again later, or leave a message if voicemail answers.</source>
        <comment>q850 17 user advice</comment>
        <translation>您呼叫的用户正在通话中。请稍后再拨；如果转入语音信箱，也可以留言。</translation>
    </message>
    <message>
        <source>If the callee was not on a call, check what limits concurrent calls on the terminating side: call waiting disabled, a per-user or per-trunk call limit on the PBX, all channels of the customer PRI or SIP trunk in use, or do-not-disturb set to reject as busy. In a capture, find the element that produced the 486 or the cause (Via, Server, User-Agent; the cause location shows user or network). Busy on every call to one SIP trunk often points to a channel or licence limit on the carrier side.</source>
        <comment>q850 17 engineer advice</comment>
        <translation>如果被叫其实并未通话，请检查被叫侧限制并发呼叫的因素：关闭了呼叫等待、PBX 上按用户或按中继的呼叫数限制、客户 PRI 或 SIP 中继的通道全部占用，或者免打扰被设置为以忙拒接。在抓包中找出产生 486 或该原因值的网元（Via、Server、User-Agent；原因值的位置字段可区分用户还是网络）。发往某条 SIP 中继的每个呼叫都遇忙，通常说明运营商侧存在通道数或许可证限制。</translation>
    </message>
    <message>
        <source>busy engaged occupied line in use busy tone call waiting</source>
        <comment>q850 17 keywords</comment>
        <translation>用户忙 忙 占线 通话中 忙音 遇忙 拆线原因 释放原因 原因值</translation>
    </message>
    <message>
        <source>No user responding</source>
        <comment>q850 18 name</comment>
        <translation>用户无响应</translation>
    </message>
    <message>
        <source>The called party did not respond to the call set-up with an alerting or a connect indication in time.</source>
        <comment>q850 18 summary</comment>
        <translation>被叫在规定时间内对呼叫建立消息既未回送振铃指示，也未回送应答指示。</translation>
    </message>
    <message>
        <source>Used when the called party does not react to the call set-up at all, neither with an alerting (ringing) nor with a connect indication, within the allowed time; on an ISDN access this is the expiry of Q.931 timer T303 or T310. Unlike cause 19, the called terminal never started ringing. Typical sources are a terminal that is switched off or cut off from its line, a mobile that could not be paged, or a remote system that accepted the set-up and then went silent. RFC 3398 maps it to 408 (Request Timeout); in the other direction it maps 480 (Temporarily Unavailable) to cause 18.</source>
        <comment>q850 18 explanation</comment>
        <translation>该原因值用于被叫在允许的时间内对呼叫建立完全没有反应的情况：既没有振铃指示，也没有应答指示；在 ISDN 接入上，这对应 Q.931 定时器 T303 或 T310 超时。与原因值 19 不同，被叫终端根本没有开始振铃。常见来源包括：终端关机或与线路断开、手机寻呼失败，或者远端系统接受了呼叫建立后再无响应。RFC 3398 将其映射为 408（Request Timeout）；反方向上则把 480（Temporarily Unavailable）映射为原因值 18。</translation>
    </message>
    <message>
        <source>The phone you called did not respond; it may be switched off or out of reach. Try again later.</source>
        <comment>q850 18 user advice</comment>
        <translation>您呼叫的话机没有响应，可能已关机或不在服务范围内。请稍后再拨。</translation>
    </message>
    <message>
        <source>Check whether the terminating device ever received the set-up. On a SIP leg, look for an INVITE that got no response at all (timer B fires after 32 seconds with the default T1) or only 100 Trying; on an ISDN leg, check layer 2 on the called access. Registration problems are common: the registrar still holds a binding for a phone that is gone, for example behind a NAT whose mapping expired. If a gateway returns 408 quickly, read the Reason header field: cause 18 came from the PSTN, not from a SIP timer.</source>
        <comment>q850 18 engineer advice</comment>
        <translation>检查被叫设备是否收到过呼叫建立。在 SIP 段上，查找完全没有得到响应的 INVITE（默认 T1 下定时器 B 在 32 秒后超时），或者只收到 100 Trying 的 INVITE；在 ISDN 段上，检查被叫接入的第二层状态。注册问题很常见：注册服务器上仍保留着一部已经离线的话机的绑定，例如其所在 NAT 的映射已经过期。如果网关很快就返回 408，请查看 Reason 头域：原因值 18 来自 PSTN，而不是 SIP 定时器超时。</translation>
    </message>
    <message>
        <source>no response not responding unreachable timeout switched off T303 paging</source>
        <comment>q850 18 keywords</comment>
        <translation>用户无响应 无响应 超时 关机 不可及 寻呼失败 拆线原因 释放原因 原因值</translation>
    </message>
    <message>
        <source>Asterisk (chan_pjsip) and FreeSWITCH also map cause 18 to 408. In the other direction Asterisk turns a 408 it receives into cause 18, whereas RFC 3398 §8.2.6.1 maps 408 to cause 102 (recovery on timer expiry).</source>
        <comment>q850 18 gateway notes</comment>
        <translation>Asterisk（chan_pjsip）和 FreeSWITCH 同样将原因值 18 映射为 408。反方向上，Asterisk 把收到的 408 转换为原因值 18，而 RFC 3398 §8.2.6.1 把 408 映射为原因值 102（定时器超时恢复）。</translation>
    </message>
    <message>
        <source>No answer</source>
        <comment>q850 19 name</comment>
        <translation>无应答（已振铃）</translation>
    </message>
    <message>
        <source>The called phone rang but nobody answered within the time allowed.</source>
        <comment>q850 19 summary</comment>
        <translation>被叫话机已振铃，但在规定时间内无人应答。</translation>
    </message>
    <message>
        <source>Used when the called party has been alerted, so the phone rang and the caller heard ringback, but no connect indication came within the allowed time. Q.850 notes that the timer need not belong to Q.931 procedures: it is often a network no-answer timer, or the ring timeout of a PBX, a forking proxy or a forwarding service. Call forwarding on no answer or voicemail normally takes over before this cause is sent. RFC 3398 maps it to 480 (Temporarily Unavailable). When the SIP side is the one that gives up, the same cause often travels in a CANCEL as Reason: Q.850;cause=19.</source>
        <comment>q850 19 explanation</comment>
        <translation>该原因值用于被叫已被提醒（话机已振铃、主叫已听到回铃音），但在允许的时间内没有收到应答指示的情况。Q.850 指出，该定时器不一定属于 Q.931 流程：它常常是网络的无应答定时器，或 PBX、分叉代理服务器、呼叫前转业务的振铃超时。通常在发出该原因值之前，无应答前转或语音信箱就会接管呼叫。RFC 3398 将其映射为 480（Temporarily Unavailable）。如果是 SIP 侧先放弃，同一原因值常以 Reason: Q.850;cause=19 的形式出现在 CANCEL 中。</translation>
    </message>
    <message>
        <source>The phone rang but nobody answered. Try again later or leave a message.</source>
        <comment>q850 19 user advice</comment>
        <translation>对方话机已振铃，但无人接听。请稍后再拨或留言。</translation>
    </message>
    <message>
        <source>If calls are dropped while still ringing, find which timer fired first and compare it with the ringing time: the Dial timeout on Asterisk, call_timeout on FreeSWITCH, a no-answer timer on the SBC or in the carrier network, or timer C on proxies (more than 3 minutes). Cause 19 points at a timer rather than at a person hanging up. Make sure forward-on-no-answer and voicemail timers are shorter than the network no-answer timer, or the call is released before voicemail can take it.</source>
        <comment>q850 19 engineer advice</comment>
        <translation>如果呼叫在振铃过程中被拆除，请找出最先超时的定时器并与振铃时长对比：Asterisk 的 Dial 超时、FreeSWITCH 的 call_timeout、SBC 或运营商网络中的无应答定时器，或代理服务器上的定时器 C（超过 3 分钟）。原因值 19 说明是定时器到期，而不是有人挂机。请确保无应答前转和语音信箱的定时器短于网络的无应答定时器，否则呼叫会在转入语音信箱之前被释放。</translation>
    </message>
    <message>
        <source>no answer unanswered ring no answer ringing timeout ring timeout voicemail forwarding</source>
        <comment>q850 19 keywords</comment>
        <translation>无应答 无人接听 久叫不应 振铃无应答 振铃超时 拆线原因 释放原因 原因值</translation>
    </message>
    <message>
        <source>Asterisk and FreeSWITCH map it to 480 as RFC 3398 does. Asterisk turns a 480 it receives back into cause 19 (AST_CAUSE_NO_ANSWER), whereas RFC 3398 §8.2.6.1 maps 480 to cause 18.</source>
        <comment>q850 19 gateway notes</comment>
        <translation>Asterisk 和 FreeSWITCH 与 RFC 3398 一样将其映射为 480。Asterisk 会把收到的 480 转回原因值 19（AST_CAUSE_NO_ANSWER），而 RFC 3398 §8.2.6.1 把 480 映射为原因值 18。</translation>
    </message>
    <message>
        <source>Subscriber absent</source>
        <comment>q850 20 name</comment>
        <translation>用户不在（不在服务区）</translation>
    </message>
    <message>
        <source>The called subscriber is temporarily not reachable at any access, for example a mobile that is switched off.</source>
        <comment>q850 20 summary</comment>
        <translation>被叫用户暂时无法在任何接入点被寻址，例如手机已关机。</translation>
    </message>
    <message>
        <source>Q.850 defines it for a mobile station that has logged off, a mobile that radio contact could not be established with, and a personal telecommunications user who is temporarily not addressable at any user-network interface. The network is saying that the subscriber exists but is not attached anywhere right now, unlike cause 1 (number not assigned) or cause 18 (terminal attached but silent). Mobile networks send it for phones that are switched off or out of coverage, usually after an announcement. RFC 3398 maps it to 480 (Temporarily Unavailable); in SIP networks it is the natural cause for a user with no current registration.</source>
        <comment>q850 20 explanation</comment>
        <translation>Q.850 将它定义用于以下情况：移动台已注销、无法与移动台建立无线联系，以及个人通信用户暂时无法在任何用户-网络接口上被寻址。网络借此说明该用户存在，但此刻没有附着在任何地方，这与原因值 1（号码未分配）或原因值 18（终端已接入但无响应）不同。移动网络会对关机或不在服务区的手机发送该原因值，通常会先播放提示音。RFC 3398 将其映射为 480（Temporarily Unavailable）；在 SIP 网络中，它也是用户当前没有注册时最贴切的原因值。</translation>
    </message>
    <message>
        <source>The person you called cannot be reached right now; their phone may be switched off or outside coverage. Try again later or send a message.</source>
        <comment>q850 20 user advice</comment>
        <translation>您呼叫的用户暂时无法接通，对方手机可能已关机或不在服务区。请稍后再拨或发送短信。</translation>
    </message>
    <message>
        <source>For mobile numbers it is usually genuine; retest later or from another network. For SIP users, check the callee registration on the registrar: an expired or missing contact, refreshes failing behind NAT, or a phone that lost its network. If a fixed-line number returns it, the terminating network believes the subscriber is not attached, which only the carrier can explain.</source>
        <comment>q850 20 engineer advice</comment>
        <translation>对于手机号码，这通常是真实情况；请稍后或换一个网络再测。对于 SIP 用户，请检查注册服务器上被叫的注册状态：联系地址已过期或不存在、NAT 后的注册刷新失败，或者话机已断网。如果固定电话号码返回此原因值，说明终端网络认为该用户未附着，这只能由运营商给出解释。</translation>
    </message>
    <message>
        <source>absent switched off out of coverage detached unregistered not registered offline</source>
        <comment>q850 20 keywords</comment>
        <translation>用户不在 不在服务区 关机 无法接通 暂时无法接通 未注册 离线 拆线原因 释放原因 原因值</translation>
    </message>
    <message>
        <source>Asterisk names this value AST_CAUSE_UNREGISTERED and answers 480; FreeSWITCH (SUBSCRIBER_ABSENT) also answers 480.</source>
        <comment>q850 20 gateway notes</comment>
        <translation>Asterisk 将该值命名为 AST_CAUSE_UNREGISTERED 并以 480 作答；FreeSWITCH（SUBSCRIBER_ABSENT）同样以 480 作答。</translation>
    </message>
    <message>
        <source>Call rejected</source>
        <comment>q850 21 name</comment>
        <translation>呼叫被拒绝</translation>
    </message>
    <message>
        <source>The called side refused the call although it was neither busy nor incompatible.</source>
        <comment>q850 21 summary</comment>
        <translation>被叫侧拒绝了该呼叫，而它既不忙，也并非不兼容。</translation>
    </message>
    <message>
        <source>The equipment sending this cause chose not to accept the call, even though it was able to, being neither busy nor incompatible. It may come from the called user (a reject key, call screening, anonymous call rejection) or from the network, which then cleared the call because of a supplementary service constraint such as barring; the diagnostic field can name the service and the reason. RFC 3398 maps it to 403 (Forbidden) and adds that when the cause location is the user a 6xx code could be sent instead, that is 603 (Decline). In the other direction 401, 402, 403, 407 and 603 all map to cause 21.</source>
        <comment>q850 21 explanation</comment>
        <translation>发送此原因值的设备本可以接受呼叫（它既不忙也不存在不兼容），但选择不接受。它可能来自被叫用户（拒接键、呼叫筛选、拒绝匿名呼叫），也可能来自网络，此时网络是因为呼叫限制等补充业务约束而清除了呼叫；诊断字段可以指明相关业务和原因。RFC 3398 将其映射为 403（Forbidden），并补充说明：当原因值的位置为用户时，可以改发 6xx 响应，即 603（Decline）。反方向上，401、402、403、407 和 603 都映射为原因值 21。</translation>
    </message>
    <message>
        <source>The person or service you called refused the call. If you think this is a mistake, check that your caller ID is not hidden and try again later.</source>
        <comment>q850 21 user advice</comment>
        <translation>您呼叫的用户或业务拒绝了此次呼叫。如果您认为有误，请确认没有隐藏主叫号码，稍后再试。</translation>
    </message>
    <message>
        <source>Read the cause location first: user means the called party or its PBX rejected the call; a network location points at barring, fraud or policy rules, or a supplementary service in a carrier switch. Because gateways map 401, 403 and 407 to cause 21, a trunk authentication or authorisation failure can surface as this cause: check the trunk credentials, the caller IDs the carrier accepts (P-Asserted-Identity, From) and the destination classes allowed. Also read the diagnostic and any Warning header field or reason text the carrier added.</source>
        <comment>q850 21 engineer advice</comment>
        <translation>首先查看原因值的位置字段：为用户表示被叫或其 PBX 拒绝了呼叫；为网络则指向呼叫限制、防欺诈或策略规则，或运营商交换机中的补充业务。由于网关会把 401、403 和 407 映射为原因值 21，中继鉴权或授权失败也可能表现为此原因值：请检查中继凭据、运营商接受的主叫号码（P-Asserted-Identity、From）以及允许的目的地类别。同时查看诊断信息，以及运营商添加的 Warning 头域或原因文本。</translation>
    </message>
    <message>
        <source>rejected declined refused reject screening blocked barred anonymous rejection blacklist</source>
        <comment>q850 21 keywords</comment>
        <translation>呼叫被拒绝 拒接 拒绝 被拒 呼叫限制 黑名单 拒绝匿名呼叫 拆线原因 释放原因 原因值</translation>
    </message>
    <message>
        <source>FreeSWITCH maps cause 21 to 603 (Decline) rather than 403; Asterisk (chan_pjsip) follows RFC 3398 with 403. The default table of Oracle SBCs sends 603 when the cause location is the user and 403 otherwise, the choice the RFC footnote allows.</source>
        <comment>q850 21 gateway notes</comment>
        <translation>FreeSWITCH 将原因值 21 映射为 603（Decline）而不是 403；Asterisk（chan_pjsip）遵循 RFC 3398，映射为 403。Oracle SBC 的默认映射表在原因值位置为用户时发送 603，否则发送 403，这正是该 RFC 脚注所允许的做法。</translation>
    </message>
    <message>
        <source>Number changed</source>
        <comment>q850 22 name</comment>
        <translation>号码已改变（改号）</translation>
    </message>
    <message>
        <source>The dialled number is no longer assigned because the subscriber now has a different number.</source>
        <comment>q850 22 summary</comment>
        <translation>所拨号码已不再使用，因为该用户已改用其他号码。</translation>
    </message>
    <message>
        <source>Returned when the called number is no longer assigned because the subscriber moved to a new one. The new number may be carried in the diagnostic field; a network that does not support this cause uses cause 1 instead. RFC 3398 gives two mappings: without a diagnostic the gateway answers 410 (Gone); with a diagnostic from which it can build a Contact header field, it may answer 301 (Moved Permanently) pointing at the new number, so the caller can retry there. In the other direction a 410 becomes cause 22. Many networks play a changed-number announcement before releasing.</source>
        <comment>q850 22 explanation</comment>
        <translation>当被叫号码因用户改用新号码而不再使用时，网络返回此原因值。新号码可以放在诊断字段中携带；不支持此原因值的网络改用原因值 1。RFC 3398 给出了两种映射：没有诊断信息时，网关以 410（Gone）作答；如果诊断信息足以构造 Contact 头域，网关可以以 301（Moved Permanently）作答并指向新号码，使主叫可以改拨新号码。反方向上，410 映射为原因值 22。许多网络在释放呼叫之前会播放改号通知。</translation>
    </message>
    <message>
        <source>The number you called has changed. Listen for the announcement of the new number, or look it up, and call that instead.</source>
        <comment>q850 22 user advice</comment>
        <translation>您拨打的号码已更改。请留意提示音中播报的新号码，或查询新号码后改拨。</translation>
    </message>
    <message>
        <source>If a 301 arrived, read the new number in its Contact header field and check whether your PBX follows redirects or passes them to the phone. A 410 means no new number was supplied. If the customer insists the number is current, ask the carrier to check its status and porting data; a number recently ported or reassigned can still hit stale translations.</source>
        <comment>q850 22 engineer advice</comment>
        <translation>如果收到 301，请从其 Contact 头域读取新号码，并检查您的 PBX 是会自动跟随重定向，还是把它交给话机处理。410 表示没有提供新号码。如果客户坚持该号码仍在使用，请让运营商核查号码状态和携号转网数据；刚携出或重新分配的号码仍可能命中过时的号码变换数据。</translation>
    </message>
    <message>
        <source>changed number moved new number gone redirect announcement renumbered</source>
        <comment>q850 22 keywords</comment>
        <translation>号码已改变 改号 号码更改 改号通知 新号码 拆线原因 释放原因 原因值</translation>
    </message>
    <message>
        <source>Asterisk (chan_pjsip) and FreeSWITCH always send 410 and never build a 301 from the diagnostic.</source>
        <comment>q850 22 gateway notes</comment>
        <translation>Asterisk（chan_pjsip）和 FreeSWITCH 一律发送 410，不会根据诊断信息构造 301。</translation>
    </message>
    <message>
        <source>Redirection to new destination</source>
        <comment>q850 23 name</comment>
        <translation>重定向至新目的地</translation>
    </message>
    <message>
        <source>An exchange asks a preceding exchange to set the call up again towards a different called number.</source>
        <comment>q850 23 summary</comment>
        <translation>某交换机要求前方交换机改向另一个被叫号码重新建立呼叫。</translation>
    </message>
    <message>
        <source>Used by a general ISUP mechanism: an exchange that decides the call should go to a different called number does not forward it itself, but releases backwards with this cause so that a preceding exchange routes the call to the new number. It is a network cause; terminals do not generate it, and when it reaches the caller or the SIP edge the preceding exchanges did not act on the redirection. RFC 3398 maps it to 410 (Gone), like cause 22, although the call was meant to continue elsewhere.</source>
        <comment>q850 23 explanation</comment>
        <translation>该原因值用于 ISUP 的一种通用机制：交换机判定呼叫应改发到另一个被叫号码时，并不自行转发，而是以此原因值向后释放呼叫，由前方某个交换机把呼叫路由到新号码。它是网络原因值，终端不会产生；如果它到达了主叫或 SIP 边缘，说明前方交换机没有执行这次重定向。RFC 3398 将其映射为 410（Gone），与原因值 22 相同，尽管该呼叫本应在别处继续。</translation>
    </message>
    <message>
        <source>The network tried to send your call to a different number and could not complete the redirection. Try again; if it keeps failing, contact your provider.</source>
        <comment>q850 23 user advice</comment>
        <translation>网络尝试将您的呼叫转到另一个号码，但未能完成转接。请重试；如果仍然失败，请联系服务提供商。</translation>
    </message>
    <message>
        <source>Seeing this cause at the SIP edge means the redirection was not handled inside the PSTN. Check whether the release carried a redirection number and whether your gateway can turn it into a 302 with a Contact header field, or retry the new number itself. Otherwise escalate to the carrier, which owns the redirecting service.</source>
        <comment>q850 23 engineer advice</comment>
        <translation>在 SIP 边缘看到此原因值，说明重定向没有在 PSTN 内部完成。检查释放消息是否携带了重定向号码，以及您的网关能否将其转换为带 Contact 头域的 302，或者自行改拨新号码。否则请升级给运营商处理，重定向业务由运营商负责。</translation>
    </message>
    <message>
        <source>redirect redirection rerouting new destination diversion forwarding ISUP</source>
        <comment>q850 23 keywords</comment>
        <translation>重定向 改向 呼叫转移 新目的地 重路由 拆线原因 释放原因 原因值</translation>
    </message>
    <message>
        <source>FreeSWITCH maps it to 410 like RFC 3398. Asterisk (chan_pjsip) has no mapping for it and answers an unanswered INVITE with 603 (Decline).</source>
        <comment>q850 23 gateway notes</comment>
        <translation>FreeSWITCH 与 RFC 3398 一样将其映射为 410。Asterisk（chan_pjsip）没有为它定义映射，对尚未应答的 INVITE 以 603（Decline）作答。</translation>
    </message>
    <message>
        <source>Non-selected user clearing</source>
        <comment>q850 26 name</comment>
        <translation>非选定用户清除</translation>
    </message>
    <message>
        <source>The call was offered to several terminals and another one got it.</source>
        <comment>q850 26 summary</comment>
        <translation>呼叫同时提供给多个终端，由另一个终端接通。</translation>
    </message>
    <message>
        <source>Indicates that this user was not awarded the incoming call. On an ISDN access with several terminals on one bus the network offers an incoming call to all of them, and when one answers it clears the others with this cause. The SIP counterpart is a forking proxy cancelling the remaining branches after one answered, where RFC 3326 uses a Reason header field with SIP;cause=200 (call completed elsewhere). RFC 3398 maps cause 26 to 404 (Not Found) and marks the row as an ANSI procedure: in ANSI ISUP the same value reports a call misrouted to a ported number, for which 404 fits.</source>
        <comment>q850 26 explanation</comment>
        <translation>该原因值表示本用户没有被分配到这次来话。在一条总线上连接多个终端的 ISDN 接入中，网络把来话同时提供给所有终端，其中一个应答后，网络以此原因值清除其余终端。SIP 中与之对应的是分叉代理服务器在某个分支应答后取消其余分支，此时 RFC 3326 使用 SIP;cause=200（在他处已接通）的 Reason 头域。RFC 3398 将原因值 26 映射为 404（Not Found），并把该行标注为 ANSI 流程：在 ANSI ISUP 中，同一数值表示呼叫被误路由到已携出的号码，用 404 正合适。</translation>
    </message>
    <message>
        <source>The call was answered on another phone or extension. Nothing needs to be done.</source>
        <comment>q850 26 user advice</comment>
        <translation>该呼叫已在另一部话机或分机上被接听，无需处理。</translation>
    </message>
    <message>
        <source>On its own this cause is harmless: expect it on the phones of a ring group, hunt group or ISDN multipoint bus when another terminal answered. If a caller receives 404 with cause 26 from a North American network, suspect number portability: the call reached a switch that no longer serves the ported number, so the portability (LNP) routing data needs fixing.</source>
        <comment>q850 26 engineer advice</comment>
        <translation>此原因值本身无害：在振铃组、寻线组或 ISDN 多点总线上的话机中，只要另一终端先应答，就会看到它。如果主叫从北美网络收到携带原因值 26 的 404，应怀疑携号转网问题：呼叫到达了已不再为该携出号码服务的交换机，需要修正携号转网 (LNP) 路由数据。</translation>
    </message>
    <message>
        <source>answered elsewhere call completed elsewhere ring group hunt group multipoint not awarded ported number LNP</source>
        <comment>q850 26 keywords</comment>
        <translation>非选定用户清除 他处已接听 别处接听 振铃组 群振 携号转网 拆线原因 释放原因 原因值</translation>
    </message>
    <message>
        <source>Neither Asterisk (chan_pjsip) nor FreeSWITCH maps cause 26: for an unanswered INVITE, Asterisk answers 603 (Decline) and FreeSWITCH 480 (Temporarily Unavailable). For branches that lost the race, FreeSWITCH sends its CANCEL with Reason SIP;cause=200 instead of a Q.850 cause.</source>
        <comment>q850 26 gateway notes</comment>
        <translation>Asterisk（chan_pjsip）和 FreeSWITCH 都没有映射原因值 26：对尚未应答的 INVITE，Asterisk 以 603（Decline）作答，FreeSWITCH 以 480（Temporarily Unavailable）作答。对于竞争中落选的分支，FreeSWITCH 发送的 CANCEL 携带 Reason SIP;cause=200，而不是 Q.850 原因值。</translation>
    </message>
    <message>
        <source>Destination out of order</source>
        <comment>q850 27 name</comment>
        <translation>目的地故障</translation>
    </message>
    <message>
        <source>The interface to the called party is not working, so signalling could not be delivered to it.</source>
        <comment>q850 27 summary</comment>
        <translation>通往被叫的接口工作不正常，信令无法送达被叫。</translation>
    </message>
    <message>
        <source>The destination cannot be reached because the interface to it is not working correctly: a signalling message could not be delivered to the remote party, for example because of a physical-layer or data-link failure on its side or because its equipment is off line. Typical sources are a customer PBX that lost its PRI, an ISDN line whose terminal equipment is disconnected, or in SIP networks a trunk or endpoint that stopped answering. It points at a fault near the called party, not at congestion inside the network. RFC 3398 maps it to 502 (Bad Gateway); in the other direction 502 maps to cause 38, not back to 27.</source>
        <comment>q850 27 explanation</comment>
        <translation>目的地无法到达，因为通往它的接口工作不正常：信令消息无法送达远端，例如远端的物理层或数据链路层故障，或其设备离线。常见来源包括：客户 PBX 的 PRI 中断、ISDN 线路上的终端设备断开，或者在 SIP 网络中某条中继或某个终端不再响应。它指向被叫附近的故障，而不是网络内部的拥塞。RFC 3398 将其映射为 502（Bad Gateway）；反方向上，502 映射为原因值 38，而不是 27。</translation>
    </message>
    <message>
        <source>The line you called is out of order or its equipment is not connected. Try again later; if it persists, the person you are calling should report a fault.</source>
        <comment>q850 27 user advice</comment>
        <translation>您呼叫的线路出现故障或其设备未连接。请稍后再拨；如果问题持续，请被叫方报修。</translation>
    </message>
    <message>
        <source>Check the called side access: E1/T1 alarms (LOS, AIS, RAI), D-channel and layer 2 (LAPD) state on the customer PRI, or for SIP the reachability of the trunk or endpoint (OPTIONS keep-alives, TCP or TLS connection, DNS). If your own gateway generated the cause, its log for the failed outgoing leg shows why. A 502 with cause 27 in the Reason header field was produced from a PSTN release by a gateway, not by a SIP proxy.</source>
        <comment>q850 27 engineer advice</comment>
        <translation>检查被叫侧的接入：客户 PRI 上的 E1/T1 告警（LOS、AIS、RAI）、D 通道和第二层 (LAPD) 状态；对于 SIP，检查中继或终端的可达性（OPTIONS 保活、TCP 或 TLS 连接、DNS）。如果原因值是您自己的网关产生的，其日志中关于失败出局呼叫段的记录会说明原因。Reason 头域中带原因值 27 的 502 是网关根据 PSTN 的释放消息生成的，而不是 SIP 代理服务器产生的。</translation>
    </message>
    <message>
        <source>out of order fault line down PRI down D-channel offline unreachable failure</source>
        <comment>q850 27 keywords</comment>
        <translation>目的地故障 终点故障 线路故障 对端故障 中继中断 D通道 离线 拆线原因 释放原因 原因值</translation>
    </message>
    <message>
        <source>Asterisk and FreeSWITCH both map it to 502. FreeSWITCH also uses this cause itself when it fails to allocate or start RTP while answering, so a cause 27 from FreeSWITCH can be a local media problem rather than a network fault.</source>
        <comment>q850 27 gateway notes</comment>
        <translation>Asterisk 和 FreeSWITCH 都将其映射为 502。FreeSWITCH 在应答时分配或启动 RTP 失败，也会自行使用该原因值，因此来自 FreeSWITCH 的原因值 27 可能是本地媒体问题，而不是网络故障。</translation>
    </message>
    <message>
        <source>Invalid number format</source>
        <comment>q850 28 name</comment>
        <translation>号码格式无效（地址不全）</translation>
    </message>
    <message>
        <source>The called number is not in a valid format or has too few digits.</source>
        <comment>q850 28 summary</comment>
        <translation>被叫号码格式无效或位数不全。</translation>
    </message>
    <message>
        <source>The called party cannot be reached because the called number is not in a valid format or is incomplete: too few digits, the wrong nature of address (a national number sent as international or the reverse), or characters the network does not accept. With overlap sending it also ends calls in which the caller stopped dialling too early. RFC 3398 maps it to 484 (Address Incomplete), the response that SIP overlap dialling (RFC 3578) relies on, and maps 484 back to cause 28 in the other direction.</source>
        <comment>q850 28 explanation</comment>
        <translation>被叫无法到达，因为被叫号码格式无效或不完整：位数不足、号码性质错误（国内号码按国际号码发送，或者相反），或含有网络不接受的字符。在重叠发码方式下，主叫过早停止拨号的呼叫也会以此原因值结束。RFC 3398 将其映射为 484（Address Incomplete），这正是 SIP 重叠拨号（RFC 3578）所依赖的响应；反方向上也把 484 映射回原因值 28。</translation>
    </message>
    <message>
        <source>The number you dialled is incomplete or in the wrong format. Check it, add the area or country code if needed, and dial again.</source>
        <comment>q850 28 user advice</comment>
        <translation>您拨打的号码不完整或格式不正确。请核对号码，必要时加上区号或国家代码后重拨。</translation>
    </message>
    <message>
        <source>Compare the number in the Request-URI (and any tel URI or user=phone form) with what the next network expects: E.164 with a plus sign, national with trunk prefix, or subscriber number only. Check digit manipulation on the PBX and SBC, the type of number and numbering plan (TON/NPI) a gateway puts into the ISUP or Q.931 called party number, and inter-digit timeouts that send the call before all digits are collected. Short codes and emergency numbers often need their own rules.</source>
        <comment>q850 28 engineer advice</comment>
        <translation>将 Request-URI 中的号码（以及 tel URI 或 user=phone 形式）与下一个网络期望的格式进行比对：带加号的 E.164、带长途前缀的国内格式，或仅用户号码。检查 PBX 和 SBC 上的号码变换，网关写入 ISUP 或 Q.931 被叫号码中的号码类型和编号计划（TON/NPI），以及在号码收齐之前就发出呼叫的位间超时设置。短号码和紧急号码通常需要单独的规则。</translation>
    </message>
    <message>
        <source>incomplete address incomplete wrong format digits missing TON NPI E.164 overlap dialling prefix</source>
        <comment>q850 28 keywords</comment>
        <translation>号码格式无效 号码格式错误 地址不全 号码不全 位长不足 号码规整 E.164 重叠拨号 拆线原因 释放原因 原因值</translation>
    </message>
    <message>
        <source>Asterisk and FreeSWITCH map it to 484. FreeSWITCH also answers 484 for its own INVALID_GATEWAY and INVALID_URL errors, so a 484 from FreeSWITCH can be a local configuration error.</source>
        <comment>q850 28 gateway notes</comment>
        <translation>Asterisk 和 FreeSWITCH 都将其映射为 484。FreeSWITCH 对自身的 INVALID_GATEWAY 和 INVALID_URL 错误也以 484 作答，因此来自 FreeSWITCH 的 484 可能是本地配置错误。</translation>
    </message>
    <message>
        <source>Facility rejected</source>
        <comment>q850 29 name</comment>
        <translation>设施被拒绝</translation>
    </message>
    <message>
        <source>The network cannot provide a supplementary service that the user requested.</source>
        <comment>q850 29 summary</comment>
        <translation>网络无法提供用户所请求的补充业务。</translation>
    </message>
    <message>
        <source>Returned when a supplementary service (a facility) requested by the user cannot be provided by the network, for example a service invocation carried in a Facility information element at set-up or during the call. The call itself may have been routable; what failed is the extra service attached to it. RFC 3398 maps it to 501 (Not Implemented). The table in the RFC prints 510 for this row, a typo for 501: no SIP response 510 is registered.</source>
        <comment>q850 29 explanation</comment>
        <translation>当用户请求的补充业务（设施）无法由网络提供时返回此原因值，例如在呼叫建立时或通话过程中通过 Facility 信息单元发起的业务请求。呼叫本身也许是可以路由的，失败的是附加在它上面的业务。RFC 3398 将其映射为 501（Not Implemented）。该 RFC 的映射表在这一行印的是 510，这是 501 的笔误：SIP 并没有注册 510 响应。</translation>
    </message>
    <message>
        <source>A service you requested with this call, such as forwarding or transfer, is not available on your line. The call may work without it; contact your provider to have the service enabled.</source>
        <comment>q850 29 user advice</comment>
        <translation>您在本次呼叫中请求的某项业务（如呼叫前转或转接）在您的线路上不可用。不使用该业务时呼叫可能可以正常进行；如需开通，请联系服务提供商。</translation>
    </message>
    <message>
        <source>Find the supplementary service involved: Facility information elements and their diagnostics in the ISDN trace, or on the SIP side a REFER, a Diversion or History-Info header field, or a feature code the gateway turned into a service request. Check that the service is provisioned on the line or trunk, and whether the PBX sends QSIG or network-specific facilities the carrier does not support.</source>
        <comment>q850 29 engineer advice</comment>
        <translation>找出涉及的补充业务：ISDN 跟踪中的 Facility 信息单元及其诊断信息，或 SIP 侧的 REFER、Diversion 或 History-Info 头域，或者被网关转换为业务请求的功能码。确认线路或中继上已开通该业务，并检查 PBX 是否发送了运营商不支持的 QSIG 或网络专用的设施信息。</translation>
    </message>
    <message>
        <source>facility supplementary service not provided feature rejected transfer forwarding</source>
        <comment>q850 29 keywords</comment>
        <translation>设施被拒绝 补充业务被拒 业务未开通 补充业务 转接失败 拆线原因 释放原因 原因值</translation>
    </message>
    <message>
        <source>RFC 3398 prints 510 for this cause; read it as 501, which is what Asterisk and FreeSWITCH send. Asterisk also maps a 501 it receives back to cause 29.</source>
        <comment>q850 29 gateway notes</comment>
        <translation>RFC 3398 为此原因值印的是 510，应理解为 501，Asterisk 和 FreeSWITCH 发送的也正是 501。Asterisk 还会把收到的 501 映射回原因值 29。</translation>
    </message>
    <message>
        <source>Normal, unspecified</source>
        <comment>q850 31 name</comment>
        <translation>正常，未指定</translation>
    </message>
    <message>
        <source>A normal-class release for which no more specific cause applies.</source>
        <comment>q850 31 summary</comment>
        <translation>属于正常类别、但没有更具体原因值适用的释放。</translation>
    </message>
    <message>
        <source>Reports a normal event only when no other cause of the normal class applies. In practice it is the catch-all that switches, PBXs and gateways use when they release a call without a better reason, and gateways use it when a SIP response has no specific mapping: RFC 3398 §8.2.6.1 maps every unlisted SIP status to cause 31. Because the value says so little, the cause location and the element that sent it matter more than the number. RFC 3398 §7.2.4.1 maps it to 480 (Temporarily Unavailable).</source>
        <comment>q850 31 explanation</comment>
        <translation>只有在正常类中没有其他原因值适用时，才用它报告正常事件。实际上，它是交换机、PBX 和网关在没有更好理由时释放呼叫所使用的兜底原因值；网关在某个 SIP 响应没有专门映射时也会使用它：RFC 3398 §8.2.6.1 把所有未列出的 SIP 状态码都映射为原因值 31。由于这个值本身的信息很少，原因值的位置字段和发送它的网元比数值本身更重要。RFC 3398 §7.2.4.1 将其映射为 480（Temporarily Unavailable）。</translation>
    </message>
    <message>
        <source>The call ended or failed without a specific reason. Try again; if it keeps happening, report the time and the number called to your provider.</source>
        <comment>q850 31 user advice</comment>
        <translation>呼叫已结束或失败，但未给出具体原因。请重试；如果反复出现，请将发生时间和所拨号码报告给服务提供商。</translation>
    </message>
    <message>
        <source>Treat cause 31 as not known yet: find the element that generated it (cause location, Via, Server or User-Agent) and read its own logs for the real reason. If your gateway produced it, check which SIP response it received on the other leg, since an unmapped 4xx, 5xx or 6xx turns into 31. After answer it usually means a normal hang-up reported without cause 16.</source>
        <comment>q850 31 engineer advice</comment>
        <translation>把原因值 31 当作“原因尚不清楚”来处理：找出产生它的网元（原因值的位置字段、Via、Server 或 User-Agent），查看其自身日志中的真实原因。如果是您的网关产生的，请检查它在另一段上收到了哪个 SIP 响应，因为没有映射的 4xx、5xx 或 6xx 都会变成 31。在应答之后出现时，它通常只是一次没有用原因值 16 上报的正常挂机。</translation>
    </message>
    <message>
        <source>unspecified normal unknown generic catch-all release</source>
        <comment>q850 31 keywords</comment>
        <translation>正常未指定 未指定 正常 未知原因 拆线原因 释放原因 原因值</translation>
    </message>
    <message>
        <source>Asterisk (chan_pjsip) and FreeSWITCH both answer 480, as RFC 3398 does. FreeSWITCH also answers 480 for every cause it has no mapping for, so a 480 from FreeSWITCH does not prove that the cause was 31.</source>
        <comment>q850 31 gateway notes</comment>
        <translation>Asterisk（chan_pjsip）和 FreeSWITCH 都与 RFC 3398 一样以 480 作答。FreeSWITCH 对所有没有映射的原因值也都以 480 作答，因此来自 FreeSWITCH 的 480 并不能证明原因值就是 31。</translation>
    </message>
    <message>
        <source>Incompatible network protocol</source>
        <comment>warning 300 name</comment>
        <translation>网络协议不兼容</translation>
    </message>
    <message>
        <source>The session description names a network type that the recipient does not support.</source>
        <comment>warning 300 summary</comment>
        <translation>会话描述中指定的网络类型不被接收方支持。</translation>
    </message>
    <message>
        <source>One of the codes RFC 3261 reserves for problems with keywords in the session description (300 to 329). It says that a network type in the SDP, the first token of the c= and o= lines, is not available at the recipient. Practically every SIP device uses IN (Internet), so this warning is rare and usually means an SDP from a non-IP system or a corrupted body. The element that rejects the offer adds it, normally to a 488 (Not Acceptable Here) or 606 (Not Acceptable), and the warn-agent names that element.</source>
        <comment>warning 300 explanation</comment>
        <translation>它属于 RFC 3261 为会话描述中的关键字问题保留的代码段（300 至 329）。它表示 SDP 中的网络类型（c= 行和 o= 行的第一个字段）在接收方不可用。几乎所有 SIP 设备都使用 IN（Internet），因此这个警告很少见，通常意味着 SDP 来自非 IP 系统，或者消息体已损坏。拒绝该提议的网元会添加此警告，一般出现在 488（Not Acceptable Here）或 606（Not Acceptable）中，warn-agent 字段给出该网元的名称。</translation>
    </message>
    <message>
        <source>The call could not be set up because the two systems describe their connection in incompatible ways. An administrator needs to look at it.</source>
        <comment>warning 300 user advice</comment>
        <translation>由于双方系统描述连接的方式互不兼容，呼叫无法建立，需要由管理员排查。</translation>
    </message>
    <message>
        <source>Read the c= and o= lines of the rejected SDP: anything other than IN as the network type, or a malformed line, explains the warning. Check for SDP rewritten by an ALG in a router or firewall, or produced by a gateway to a non-IP network. Capture on both sides of the SBC to see which element changed the body.</source>
        <comment>warning 300 engineer advice</comment>
        <translation>查看被拒绝 SDP 的 c= 行和 o= 行：网络类型不是 IN，或者这两行格式错误，都会导致此警告。检查 SDP 是否被路由器或防火墙中的 ALG 改写过，或是否由连接非 IP 网络的网关生成。在 SBC 两侧同时抓包，查看是哪个网元修改了消息体。</translation>
    </message>
    <message>
        <source>SDP nettype c= line IN network type rejected offer</source>
        <comment>warning 300 keywords</comment>
        <translation>网络协议不兼容 网络类型 SDP 会话描述 警告码 Warning 媒体协商</translation>
    </message>
    <message>
        <source>Incompatible network address formats</source>
        <comment>warning 301 name</comment>
        <translation>网络地址格式不兼容</translation>
    </message>
    <message>
        <source>An address type in the session description, such as IPv6, is not available at the recipient.</source>
        <comment>warning 301 summary</comment>
        <translation>会话描述中的某种地址类型（例如 IPv6）在接收方不可用。</translation>
    </message>
    <message>
        <source>Says that one or more address formats in the session description are not available. The address type is the token after IN in the c= and o= lines, IP4 or IP6; RFC 3261 shows the warning with the free text Incompatible network address type E.164. The usual real case is an IPv6 media address offered to an IPv4-only device, or an address the recipient cannot use, such as a host name where it expects a literal IP address. It normally comes with a 488 (Not Acceptable Here) or 606 (Not Acceptable) from the element that rejected the offer.</source>
        <comment>warning 301 explanation</comment>
        <translation>它表示会话描述中的一种或多种地址格式不可用。地址类型是 c= 行和 o= 行中紧跟在 IN 之后的字段，即 IP4 或 IP6；RFC 3261 中的示例附带的自由文本是 Incompatible network address type E.164。实际中最常见的情况是向只支持 IPv4 的设备提供 IPv6 媒体地址，或者提供接收方无法使用的地址，例如在对方只接受 IP 地址的位置写了主机名。它通常出现在拒绝该提议的网元所发送的 488（Not Acceptable Here）或 606（Not Acceptable）中。</translation>
    </message>
    <message>
        <source>The call could not be set up because the two systems use different kinds of network addresses. An administrator needs to adjust the configuration.</source>
        <comment>warning 301 user advice</comment>
        <translation>由于双方系统使用的网络地址类型不同，呼叫无法建立，需要由管理员调整配置。</translation>
    </message>
    <message>
        <source>Compare the address type and address in the c= line of the offer with what the rejecting side supports: IPv6 offered to an IPv4-only phone or trunk, a dual-stack host choosing the wrong family, or a domain name in c=. Fix the media address selection on the offering side, or let an SBC translate between IPv4 and IPv6. ICE candidates (RFC 8445) can also offer both families.</source>
        <comment>warning 301 engineer advice</comment>
        <translation>将提议中 c= 行的地址类型和地址与拒绝方支持的能力对比：向只支持 IPv4 的话机或中继提供了 IPv6，双栈主机选错了地址族，或 c= 行中写的是域名。请修正提议方的媒体地址选择，或由 SBC 在 IPv4 与 IPv6 之间转换。ICE 候选地址（RFC 8445）也可以同时提供两种地址族。</translation>
    </message>
    <message>
        <source>IPv6 IPv4 IP4 IP6 addrtype dual stack c= line address family</source>
        <comment>warning 301 keywords</comment>
        <translation>网络地址格式不兼容 地址类型 IPv6 IPv4 双栈 SDP 警告码 Warning 媒体协商</translation>
    </message>
    <message>
        <source>Incompatible transport protocol</source>
        <comment>warning 302 name</comment>
        <translation>传输协议不兼容</translation>
    </message>
    <message>
        <source>A media transport protocol in the session description, such as secure RTP, is not available at the recipient.</source>
        <comment>warning 302 summary</comment>
        <translation>会话描述中的某种媒体传输协议（例如安全 RTP）在接收方不可用。</translation>
    </message>
    <message>
        <source>Says that one or more transport protocols described in the session description are not available. The transport protocol is the proto field of an m= line: RTP/AVP for plain RTP, RTP/SAVP and RTP/SAVPF for SRTP, UDP/TLS/RTP/SAVPF for DTLS-SRTP as used by WebRTC, udptl for T.38 fax, TCP/MSRP for messaging. In practice it flags secure media offered to a device without SRTP, a WebRTC offer sent to a plain SIP phone, or the reverse. The rejecting UAS, gateway or SBC adds it to a 488 (Not Acceptable Here) or 606 (Not Acceptable).</source>
        <comment>warning 302 explanation</comment>
        <translation>它表示会话描述中所述的一种或多种传输协议不可用。传输协议是 m= 行中的 proto 字段：普通 RTP 为 RTP/AVP，SRTP 为 RTP/SAVP 和 RTP/SAVPF，WebRTC 使用的 DTLS-SRTP 为 UDP/TLS/RTP/SAVPF，T.38 传真为 udptl，消息会话为 TCP/MSRP。实际中它多用于指出：向不支持 SRTP 的设备提供了加密媒体、把 WebRTC 提议发给了普通 SIP 话机，或者相反。拒绝提议的 UAS、网关或 SBC 会把它加在 488（Not Acceptable Here）或 606（Not Acceptable）中。</translation>
    </message>
    <message>
        <source>The call could not be set up because one side requires encrypted or special media that the other side does not support. An administrator needs to align the settings.</source>
        <comment>warning 302 user advice</comment>
        <translation>由于一方要求使用加密或特殊的媒体传输方式，而另一方不支持，呼叫无法建立，需要由管理员统一相关设置。</translation>
    </message>
    <message>
        <source>Compare the proto field of every m= line with the rejecting side: media encryption set to mandatory on one end only (RTP/SAVP against RTP/AVP), SDES a=crypto against DTLS fingerprints, AVPF feedback profiles, or T.38 udptl offered to a device without fax relay. Align the SRTP policy on PBX, phones and trunk, or let an SBC terminate SRTP or DTLS towards the side that cannot.</source>
        <comment>warning 302 engineer advice</comment>
        <translation>逐一对比每个 m= 行的 proto 字段与拒绝方的能力：只有一端把媒体加密设为强制（RTP/SAVP 对 RTP/AVP）、SDES 的 a=crypto 对 DTLS 指纹、AVPF 反馈配置文件，或者向不支持传真中继的设备提供了 T.38 udptl。请统一 PBX、话机和中继上的 SRTP 策略，或由 SBC 面向不支持的一侧终结 SRTP 或 DTLS。</translation>
    </message>
    <message>
        <source>SRTP RTP/SAVP RTP/AVP DTLS WebRTC encryption T.38 udptl profile</source>
        <comment>warning 302 keywords</comment>
        <translation>传输协议不兼容 SRTP 加密 媒体加密 DTLS WebRTC T.38 传真 SDP 警告码 Warning 媒体协商</translation>
    </message>
    <message>
        <source>Incompatible bandwidth units</source>
        <comment>warning 303 name</comment>
        <translation>带宽单位不兼容</translation>
    </message>
    <message>
        <source>A bandwidth modifier in the session description was not understood.</source>
        <comment>warning 303 summary</comment>
        <translation>会话描述中的某个带宽修饰符无法被理解。</translation>
    </message>
    <message>
        <source>Says that one or more bandwidth measurement units in the session description were not understood. The unit is the modifier of a b= line: SDP itself defines CT (conference total) and AS (application specific), while TIAS (RFC 3890) and RS and RR for RTCP bandwidth (RFC 3556) are extensions that older or strict parsers may not know. It is rare; when it appears, it usually comes from such a parser in a phone, gateway or SBC, added to a 488 (Not Acceptable Here) or 606 (Not Acceptable).</source>
        <comment>warning 303 explanation</comment>
        <translation>它表示会话描述中的一种或多种带宽计量单位无法被理解。这里的单位指 b= 行的修饰符：SDP 本身定义了 CT（会议总带宽）和 AS（应用相关带宽），而 TIAS（RFC 3890）以及用于 RTCP 带宽的 RS 和 RR（RFC 3556）都是扩展，较旧或较严格的解析器可能不认识。这个警告很少见；一旦出现，通常来自话机、网关或 SBC 中的此类解析器，附在 488（Not Acceptable Here）或 606（Not Acceptable）中。</translation>
    </message>
    <message>
        <source>The call could not be set up because one system did not understand how the other described the bandwidth of the call. An administrator needs to look at it.</source>
        <comment>warning 303 user advice</comment>
        <translation>由于一方系统无法理解另一方对呼叫带宽的描述方式，呼叫无法建立，需要由管理员排查。</translation>
    </message>
    <message>
        <source>Look at every b= line of the rejected SDP and find the modifier the recipient did not accept, typically TIAS, RS or RR from a video endpoint or WebRTC gateway. Remove or rewrite those lines on an SBC (SDP manipulation) or disable them on the sender, and report the parser limitation to the vendor of the rejecting device.</source>
        <comment>warning 303 engineer advice</comment>
        <translation>检查被拒绝 SDP 中的每一个 b= 行，找出接收方不接受的修饰符，通常是视频终端或 WebRTC 网关发出的 TIAS、RS 或 RR。在 SBC 上删除或改写这些行（SDP 操作），或在发送方关闭它们，并将解析器的这一限制反馈给拒绝方设备的厂商。</translation>
    </message>
    <message>
        <source>b= line TIAS AS CT RS RR bandwidth modifier</source>
        <comment>warning 303 keywords</comment>
        <translation>带宽单位不兼容 带宽 b= 行 TIAS 带宽修饰符 SDP 警告码 Warning</translation>
    </message>
    <message>
        <source>Media type not available</source>
        <comment>warning 304 name</comment>
        <translation>媒体类型不可用</translation>
    </message>
    <message>
        <source>A media type offered in the session description, such as video, is not available at the recipient.</source>
        <comment>warning 304 summary</comment>
        <translation>会话描述中提供的某种媒体类型（例如视频）在接收方不可用。</translation>
    </message>
    <message>
        <source>Says that one or more media types in the session description are not available. The media type is the first token of an m= line: audio, video, text, application, message or image, the last used for T.38 fax. Under the offer/answer model an unwanted stream is normally declined by setting its port to zero in the answer, so the warning appears when the recipient rejects the whole offer instead, for example a video-only or fax-only offer sent to an audio phone. It comes with a 488 (Not Acceptable Here) or 606 (Not Acceptable).</source>
        <comment>warning 304 explanation</comment>
        <translation>它表示会话描述中的一种或多种媒体类型不可用。媒体类型是 m= 行的第一个字段：audio、video、text、application、message 或 image，其中 image 用于 T.38 传真。按照提议/应答模型，不需要的媒体流通常在应答中把端口设为零来拒绝，因此只有当接收方拒绝整个提议时才会出现此警告，例如向音频话机发送只含视频或只含传真的提议。它随 488（Not Acceptable Here）或 606（Not Acceptable）一起出现。</translation>
    </message>
    <message>
        <source>The call could not be set up because it asked for a kind of media, such as video or fax, that the other side cannot handle. Try a normal voice call.</source>
        <comment>warning 304 user advice</comment>
        <translation>由于呼叫请求了对方无法处理的媒体类型（例如视频或传真），呼叫无法建立。请尝试普通语音呼叫。</translation>
    </message>
    <message>
        <source>List the m= lines of the offer and see which media types the rejecting side supports. Typical cases: a video call to an audio-only device that refuses instead of answering with port 0, a re-INVITE switching to T.38 (m=image) towards a device or trunk without fax relay, or text or message streams from WebRTC clients. Configure the sender to offer audio as well, or let an SBC strip the unsupported streams.</source>
        <comment>warning 304 engineer advice</comment>
        <translation>列出提议中的各个 m= 行，查看拒绝方支持哪些媒体类型。典型情况包括：向纯音频设备发起视频呼叫，对方没有用端口 0 应答而是直接拒绝；切换到 T.38（m=image）的 re-INVITE 发往不支持传真中继的设备或中继；或 WebRTC 客户端发出的 text、message 媒体流。请让发送方同时提供音频，或由 SBC 去掉不支持的媒体流。</translation>
    </message>
    <message>
        <source>video audio fax T.38 m=image media stream m= line</source>
        <comment>warning 304 keywords</comment>
        <translation>媒体类型不可用 媒体类型 视频 音频 传真 T.38 SDP 警告码 Warning 媒体协商</translation>
    </message>
    <message>
        <source>Incompatible media format</source>
        <comment>warning 305 name</comment>
        <translation>媒体格式不兼容</translation>
    </message>
    <message>
        <source>None of the media formats (codecs) offered in the session description is available at the recipient.</source>
        <comment>warning 305 summary</comment>
        <translation>会话描述中提供的媒体格式（编解码器）在接收方都不可用。</translation>
    </message>
    <message>
        <source>Says that one or more media formats in the session description are not available. The formats are the payload types listed on an m= line and described by rtpmap and fmtp attributes, so in practice this is the warning for no codec in common. It is the code seen most often with 488 (Not Acceptable Here) and 606 (Not Acceptable), added by the phone, PBX, gateway or SBC that rejected the offer. The warn-agent identifies that element, which matters when several B2BUAs sit in the path, and the quoted text sometimes lists the codecs it wanted.</source>
        <comment>warning 305 explanation</comment>
        <translation>它表示会话描述中的一种或多种媒体格式不可用。媒体格式指 m= 行中列出、并由 rtpmap 和 fmtp 属性描述的负载类型，因此实际上它就是“没有共同编解码器”的警告。它是与 488（Not Acceptable Here）和 606（Not Acceptable）一起出现得最多的警告码，由拒绝该提议的话机、PBX、网关或 SBC 添加。warn-agent 字段标明了该网元，这在路径上有多个 B2BUA 时尤为重要；引号中的文本有时还会列出对方期望的编解码器。</translation>
    </message>
    <message>
        <source>The call could not be set up because the two sides have no audio or video format in common. An administrator or the provider needs to adjust the codec settings.</source>
        <comment>warning 305 user advice</comment>
        <translation>由于双方没有共同支持的音频或视频格式，呼叫无法建立，需要由管理员或服务提供商调整编解码器设置。</translation>
    </message>
    <message>
        <source>Compare the payload types, rtpmap and fmtp lines of the offer with the codecs allowed on the rejecting element: G.711 A-law against mu-law only, G.729 or Opus on one side only, fmtp mismatches such as G.729 annexb or AMR modes, or video profiles and levels. Use the warn-agent to find which element rejected it, then fix its allow list (Asterisk allow/disallow, FreeSWITCH codec preferences) or enable transcoding on the SBC.</source>
        <comment>warning 305 engineer advice</comment>
        <translation>将提议中的负载类型、rtpmap 和 fmtp 行与拒绝方网元允许的编解码器进行比对：一方只有 G.711 A 律而另一方只有 μ 律，G.729 或 Opus 只有一方支持，fmtp 不匹配（如 G.729 的 annexb 或 AMR 模式），或者视频的档次与级别不一致。根据 warn-agent 找出拒绝的网元，再修改其允许的编解码器列表（Asterisk 的 allow/disallow、FreeSWITCH 的编解码器优先级），或在 SBC 上启用转码。</translation>
    </message>
    <message>
        <source>codec mismatch no common codec payload type G.711 G.729 Opus transcoding</source>
        <comment>warning 305 keywords</comment>
        <translation>媒体格式不兼容 编解码 编解码器 编码 编解码不匹配 没有共同编解码器 转码 G.711 G.729 Opus SDP 警告码 Warning 媒体协商</translation>
    </message>
    <message>
        <source>Attribute not understood</source>
        <comment>warning 306 name</comment>
        <translation>属性无法理解</translation>
    </message>
    <message>
        <source>One or more media attributes (a= lines) in the session description are not supported by the recipient.</source>
        <comment>warning 306 summary</comment>
        <translation>会话描述中的一个或多个媒体属性（a= 行）不被接收方支持。</translation>
    </message>
    <message>
        <source>Says that one or more media attributes in the session description are not supported. SDP tells receivers to ignore attributes they do not know, so in practice the warning points at an attribute the recipient recognised but cannot honour and will not ignore: an SRTP crypto suite it lacks, a DTLS fingerprint or setup role, a mandatory precondition, or an ICE attribute on a device that cannot do ICE. The rejecting UAS, gateway or SBC adds it to a 488 (Not Acceptable Here) or 606 (Not Acceptable), and the quoted text often names the attribute.</source>
        <comment>warning 306 explanation</comment>
        <translation>它表示会话描述中的一个或多个媒体属性不受支持。SDP 要求接收方忽略不认识的属性，因此实际上此警告指向的是接收方认识、却无法满足也不愿忽略的属性：它不具备的 SRTP 加密套件、DTLS 指纹或 setup 角色、强制性的前提条件，或者出现在不支持 ICE 的设备上的 ICE 属性。拒绝提议的 UAS、网关或 SBC 会把它加在 488（Not Acceptable Here）或 606（Not Acceptable）中，引号中的文本常常会指出具体属性。</translation>
    </message>
    <message>
        <source>The call could not be set up because one side asked for a media feature the other does not support. An administrator needs to align the settings.</source>
        <comment>warning 306 user advice</comment>
        <translation>由于一方要求使用另一方不支持的媒体功能，呼叫无法建立，需要由管理员统一相关设置。</translation>
    </message>
    <message>
        <source>Read the quoted warn-text for the attribute name, then check the matching a= lines: a=crypto suites and key parameters, a=fingerprint and a=setup for DTLS, a=curr and a=des preconditions with Require: precondition, a=rtcp-mux or ICE candidates towards legacy devices. Remove the attribute on an SBC, change the sender profile, or upgrade the rejecting device.</source>
        <comment>warning 306 engineer advice</comment>
        <translation>先从引号中的 warn-text 读出属性名称，再检查对应的 a= 行：a=crypto 的加密套件和密钥参数、DTLS 的 a=fingerprint 和 a=setup、与 Require: precondition 配合使用的 a=curr 和 a=des 前提条件，以及发往老旧设备的 a=rtcp-mux 或 ICE 候选地址。可以在 SBC 上删除该属性、修改发送方的配置模板，或升级拒绝方设备。</translation>
    </message>
    <message>
        <source>a= attribute crypto fingerprint precondition ICE rtcp-mux unsupported attribute</source>
        <comment>warning 306 keywords</comment>
        <translation>属性无法理解 媒体属性 a= 行 crypto 前提条件 ICE SDP 警告码 Warning 媒体协商</translation>
    </message>
    <message>
        <source>Session description parameter not understood</source>
        <comment>warning 307 name</comment>
        <translation>会话描述参数无法理解</translation>
    </message>
    <message>
        <source>Some part of the session description other than those covered by codes 300 to 306 was not understood.</source>
        <comment>warning 307 summary</comment>
        <translation>会话描述中除 300 至 306 所涵盖内容以外的某个部分无法被理解。</translation>
    </message>
    <message>
        <source>The catch-all of the session description range: a parameter other than the network type, address type, transport, bandwidth unit, media type, media format or attribute was not understood. RFC 3261 illustrates it with the text Session parameter foo not understood. In the field it usually reports an SDP the recipient could not parse at all: a missing or malformed v=, o=, s= or t= line, a wrong line order, bad line endings or a Content-Length that cuts the body. It comes with 488 (Not Acceptable Here) or 606 (Not Acceptable), sometimes with 400 (Bad Request).</source>
        <comment>warning 307 explanation</comment>
        <translation>它是会话描述代码段中的兜底代码：除网络类型、地址类型、传输协议、带宽单位、媒体类型、媒体格式和属性之外的某个参数无法被理解。RFC 3261 的示例文本是 Session parameter foo not understood。实际中它通常表示接收方根本无法解析该 SDP：v=、o=、s= 或 t= 行缺失或格式错误、各行顺序不对、换行符错误，或者 Content-Length 截断了消息体。它随 488（Not Acceptable Here）或 606（Not Acceptable）出现，有时也随 400（Bad Request）出现。</translation>
    </message>
    <message>
        <source>The call could not be set up because the other side could not read the call setup information. An administrator needs to look at it.</source>
        <comment>warning 307 user advice</comment>
        <translation>由于对方无法解读呼叫建立信息，呼叫无法建立，需要由管理员排查。</translation>
    </message>
    <message>
        <source>Validate the rejected SDP line by line against RFC 8866: mandatory v=, o=, s=, t= lines in the right order, CRLF line endings, no empty or duplicated lines, and a Content-Length matching the body. The quoted warn-text often names the offending line. Check for bodies altered by ALGs, SBC manipulation rules or MTU fragmentation of large UDP messages.</source>
        <comment>warning 307 engineer advice</comment>
        <translation>对照 RFC 8866 逐行校验被拒绝的 SDP：必选的 v=、o=、s=、t= 行是否齐全且顺序正确，换行符是否为 CRLF，有没有空行或重复行，以及 Content-Length 是否与消息体一致。引号中的 warn-text 常常会指出出错的行。检查消息体是否被 ALG、SBC 操作规则改动过，或因 UDP 大报文按 MTU 分片而受损。</translation>
    </message>
    <message>
        <source>SDP parse error malformed SDP syntax o= line t= line Content-Length</source>
        <comment>warning 307 keywords</comment>
        <translation>会话描述参数无法理解 SDP 解析错误 SDP 格式错误 会话描述 警告码 Warning</translation>
    </message>
    <message>
        <source>Incompatible language specification</source>
        <comment>warning 308 name</comment>
        <translation>语言规格不兼容</translation>
    </message>
    <message>
        <source>The called side supports none of the human languages the caller asked for.</source>
        <comment>warning 308 summary</comment>
        <translation>被叫侧不支持主叫所要求的任何一种人类语言。</translation>
    </message>
    <message>
        <source>Added to the IANA registry by RFC 8373, which lets a caller state in SDP the spoken, written or signed languages it wants to use on each stream (humintlang-send and humintlang-recv attributes). The intended use is emergency and call centre calls, where a matching call taker, interpreter or relay service can be bridged in. When the called side has no language in common and rejects the call, this warning explains why, and its text lists the languages and media the called side does support. It typically comes with 488 (Not Acceptable Here).</source>
        <comment>warning 308 explanation</comment>
        <translation>该代码由 RFC 8373 加入 IANA 注册表。RFC 8373 允许主叫在 SDP 中为每个媒体流声明希望使用的口语、书面语或手语（humintlang-send 和 humintlang-recv 属性），主要用于紧急呼叫和呼叫中心，以便接入语言匹配的接警员、翻译或中继服务。当被叫侧没有共同语言并拒绝呼叫时，此警告说明拒绝原因，其文本会列出被叫侧实际支持的语言和媒体。它通常随 488（Not Acceptable Here）一起出现。</translation>
    </message>
    <message>
        <source>The service you called cannot communicate in the language you requested. Try again without a language preference or ask for a relay or interpreter service.</source>
        <comment>warning 308 user advice</comment>
        <translation>您呼叫的服务无法使用您所要求的语言进行沟通。请去掉语言偏好后重试，或申请中继或翻译服务。</translation>
    </message>
    <message>
        <source>Compare the humintlang-send and humintlang-recv values of the offer with the list in the warn-text. Check that the language tags follow BCP 47, that the endpoint offers the media the language needs (video for sign language, text for real-time text), and whether the call should have been routed to a queue or relay service that handles the language instead of being rejected. Microsoft SDP extensions (MS-SDP) use 308 with another meaning, Encryption Levels Incompatible, so read the text before assuming a language problem.</source>
        <comment>warning 308 engineer advice</comment>
        <translation>将提议中 humintlang-send 和 humintlang-recv 的取值与 warn-text 中列出的语言进行对比。检查语言标签是否符合 BCP 47，终端是否提供了该语言所需的媒体（手语需要视频，实时文本需要 text 媒体流），以及该呼叫是否本应被路由到能处理此语言的队列或中继服务，而不是被直接拒绝。微软的 SDP 扩展 (MS-SDP) 把 308 用于另一种含义，即 Encryption Levels Incompatible（加密级别不兼容），因此在判定为语言问题之前请先阅读警告文本。</translation>
    </message>
    <message>
        <source>language humintlang sign language relay interpreter emergency NG112 NG911</source>
        <comment>warning 308 keywords</comment>
        <translation>语言规格不兼容 语言 手语 翻译 中继服务 紧急呼叫 SDP 警告码 Warning</translation>
    </message>
    <message>
        <source>Multicast not available</source>
        <comment>warning 330 name</comment>
        <translation>组播不可用</translation>
    </message>
    <message>
        <source>The recipient site does not support multicast media, which the session description asked for.</source>
        <comment>warning 330 summary</comment>
        <translation>会话描述要求使用组播媒体，但接收方所在站点不支持组播。</translation>
    </message>
    <message>
        <source>One of the codes RFC 3261 reserves for basic network services requested in the session description (330 to 339). It says that the site where the user is located does not support multicast, so a c= line with a multicast group address (224.0.0.0/4 in IPv4, ff00::/8 in IPv6) cannot be served. Multicast SDP is rare in ordinary telephony but appears in paging, push-to-talk and broadcast systems. The warning comes with 488 (Not Acceptable Here) or 606 (Not Acceptable) from the element that rejected the offer.</source>
        <comment>warning 330 explanation</comment>
        <translation>它属于 RFC 3261 为会话描述所请求的基本网络服务保留的代码段（330 至 339）。它表示用户所在站点不支持组播，因此 c= 行中的组播组地址（IPv4 为 224.0.0.0/4，IPv6 为 ff00::/8）无法得到服务。普通电话业务中很少使用组播 SDP，但在广播寻呼、一键通和广播系统中会出现。此警告由拒绝提议的网元随 488（Not Acceptable Here）或 606（Not Acceptable）一起发送。</translation>
    </message>
    <message>
        <source>The call or broadcast could not be joined because the network at your location does not support group transmission. An administrator needs to look at it.</source>
        <comment>warning 330 user advice</comment>
        <translation>由于您所在位置的网络不支持组传输，无法加入该呼叫或广播，需要由管理员排查。</translation>
    </message>
    <message>
        <source>Check the c= address of the offer: a multicast group sent to a site or device that cannot join it. Either enable multicast routing (IGMP or MLD, PIM) between the sender and that site, or configure the paging or broadcast system to use unicast towards it.</source>
        <comment>warning 330 engineer advice</comment>
        <translation>检查提议中 c= 行的地址：组播组被发往了无法加入该组的站点或设备。要么在发送方与该站点之间启用组播路由（IGMP 或 MLD、PIM），要么将广播寻呼或广播系统配置为向该站点使用单播。</translation>
    </message>
    <message>
        <source>multicast group address IGMP paging push-to-talk broadcast</source>
        <comment>warning 330 keywords</comment>
        <translation>组播不可用 组播 多播 广播寻呼 一键通 SDP 警告码 Warning</translation>
    </message>
    <message>
        <source>Unicast not available</source>
        <comment>warning 331 name</comment>
        <translation>单播不可用</translation>
    </message>
    <message>
        <source>The recipient site cannot take part in unicast media, usually because of a firewall.</source>
        <comment>warning 331 summary</comment>
        <translation>接收方所在站点无法参与单播媒体，通常是防火墙所致。</translation>
    </message>
    <message>
        <source>Also from the basic network services range. It says that the site where the user is located does not support unicast communication, and RFC 3261 names the usual reason: a firewall that lets no point-to-point media through, so the user can only take part in multicast sessions. It is rarely seen today, since media relays and SBCs normally solve firewall traversal, but it can appear from conferencing or streaming systems built for multicast-only networks. It comes with 488 (Not Acceptable Here) or 606 (Not Acceptable).</source>
        <comment>warning 331 explanation</comment>
        <translation>它同样属于基本网络服务代码段。它表示用户所在站点不支持单播通信，RFC 3261 给出了通常的原因：防火墙不放行点对点媒体，用户只能参与组播会话。由于媒体中继和 SBC 通常已经解决了防火墙穿越问题，如今很少见到它，但为纯组播网络设计的会议或流媒体系统仍可能发出它。它随 488（Not Acceptable Here）或 606（Not Acceptable）一起出现。</translation>
    </message>
    <message>
        <source>The call could not be set up because the network at the other location blocks direct media connections. An administrator needs to look at it.</source>
        <comment>warning 331 user advice</comment>
        <translation>由于对方所在位置的网络阻断了直接的媒体连接，呼叫无法建立，需要由管理员排查。</translation>
    </message>
    <message>
        <source>Find the firewall or policy between the two media endpoints and open the RTP port range, or insert a media relay: an SBC anchoring media, a TURN server, or a conference bridge that converts between unicast and multicast.</source>
        <comment>warning 331 engineer advice</comment>
        <translation>找出两个媒体端点之间的防火墙或策略，开放 RTP 端口范围，或插入媒体中继：锚定媒体的 SBC、TURN 服务器，或能在单播与组播之间转换的会议桥。</translation>
    </message>
    <message>
        <source>unicast firewall RTP blocked media relay TURN multicast only</source>
        <comment>warning 331 keywords</comment>
        <translation>单播不可用 单播 防火墙 媒体中继 RTP 被阻断 SDP 警告码 Warning</translation>
    </message>
    <message>
        <source>Insufficient bandwidth</source>
        <comment>warning 370 name</comment>
        <translation>带宽不足</translation>
    </message>
    <message>
        <source>The bandwidth the session needs is more than the recipient knows to be available.</source>
        <comment>warning 370 summary</comment>
        <translation>会话所需的带宽超过了接收方已知的可用带宽。</translation>
    </message>
    <message>
        <source>The only registered code of the range for quantitative QoS parameters (370 to 379). It says that the bandwidth given in the session description, or implied by the media and codecs, exceeds what is known to be available. It is typically produced by call admission control: an SBC, PBX or call manager that tracks bandwidth per site or per link and refuses a call, often a video call, that would exceed the budget. It comes with 488 (Not Acceptable Here) or 606 (Not Acceptable); resource reservation failures with preconditions use 580 (Precondition Failure) instead.</source>
        <comment>warning 370 explanation</comment>
        <translation>它是定量 QoS 参数代码段（370 至 379）中唯一已注册的代码。它表示会话描述中给出的带宽，或由媒体和编解码器推算出的带宽，超过了已知的可用带宽。它通常由呼叫准入控制产生：按站点或按链路统计带宽的 SBC、PBX 或呼叫管理器，会拒绝超出带宽预算的呼叫，视频呼叫尤为常见。它随 488（Not Acceptable Here）或 606（Not Acceptable）一起出现；使用前提条件进行资源预留失败时，则改用 580（Precondition Failure）。</translation>
    </message>
    <message>
        <source>The call could not be set up because the network link is full at the moment. Try again later, or try a voice call instead of video.</source>
        <comment>warning 370 user advice</comment>
        <translation>由于网络链路当前已满，呼叫无法建立。请稍后重试，或改用语音呼叫代替视频呼叫。</translation>
    </message>
    <message>
        <source>Check the call admission control of the element named in the warn-agent: per-site or per-link bandwidth limits, current usage, and how it counts a call (codec bit rate plus IP overhead, b=AS or b=TIAS values). Compare the b= lines and codecs of the offer; a video endpoint announcing a large b=AS is a common trigger. Raise the limit, prefer lower-rate codecs, or cap video bandwidth on the endpoints.</source>
        <comment>warning 370 engineer advice</comment>
        <translation>检查 warn-agent 所指网元的呼叫准入控制：按站点或按链路的带宽限制、当前占用，以及它如何计算一路呼叫的带宽（编解码器码率加 IP 开销，b=AS 或 b=TIAS 的值）。对比提议中的 b= 行和编解码器；视频终端声明较大的 b=AS 是常见的诱因。可以提高带宽上限、优先使用低码率编解码器，或限制终端的视频带宽。</translation>
    </message>
    <message>
        <source>bandwidth CAC call admission control video b=AS congestion link capacity QoS</source>
        <comment>warning 370 keywords</comment>
        <translation>带宽不足 带宽 呼叫准入控制 CAC 视频 QoS 链路容量 SDP 警告码 Warning</translation>
    </message>
    <message>
        <source>SIPS not allowed</source>
        <comment>warning 380 name</comment>
        <translation>不允许使用 SIPS</translation>
    </message>
    <message>
        <source>The request used the SIPS scheme, but the target cannot be reached securely, for example because it has no SIPS contact registered.</source>
        <comment>warning 380 summary</comment>
        <translation>请求使用了 SIPS 方案，但目标无法通过安全方式到达，例如它没有注册 SIPS 联系地址。</translation>
    </message>
    <message>
        <source>Registered by RFC 5630, which clarifies the SIPS URI scheme: a request to a sips: URI must be carried over TLS on every hop to the target domain and on to the user. A proxy or UAS that cannot honour that, for example a proxy whose location service holds only non-SIPS contacts for the user, rejects the request rather than falling back to insecure delivery, usually with 480 (Temporarily Unavailable), and adds this warning to say why. Unlike a plain 480, the user may well be registered and reachable with a sip: URI.</source>
        <comment>warning 380 explanation</comment>
        <translation>该代码由 RFC 5630 注册，该 RFC 澄清了 SIPS URI 方案：发往 sips: URI 的请求必须在通往目标域以及最终到达用户的每一跳都通过 TLS 传送。无法满足这一点的代理服务器或 UAS（例如其位置服务中该用户只有非 SIPS 联系地址的代理服务器）会拒绝该请求，而不是退回到不安全的传送方式，通常以 480（Temporarily Unavailable）作答，并加上此警告说明原因。与普通的 480 不同，该用户很可能已经注册，并且可以通过 sip: URI 接通。</translation>
    </message>
    <message>
        <source>The call was made with mandatory encryption, but the person you called cannot currently be reached that way. An administrator needs to check the security settings.</source>
        <comment>warning 380 user advice</comment>
        <translation>本次呼叫要求强制加密，但您呼叫的用户目前无法通过这种方式接通，需要由管理员检查安全设置。</translation>
    </message>
    <message>
        <source>Check how the callee registered: a Contact with sips: or at least over TLS, versus plain sip: over UDP or TCP. Either make the callee register with a SIPS contact over TLS, or stop the caller, its dial plan or an SBC from promoting the Request-URI to sips:. Remember that transport=tls on a sip: URI does not request end-to-end security.</source>
        <comment>warning 380 engineer advice</comment>
        <translation>检查被叫是如何注册的：Contact 使用 sips: 或至少通过 TLS 注册，还是通过 UDP 或 TCP 以普通 sip: 注册。要么让被叫通过 TLS 以 SIPS 联系地址注册，要么让主叫、其拨号规则或 SBC 不再把 Request-URI 提升为 sips:。注意 sip: URI 上的 transport=tls 并不表示要求端到端安全。</translation>
    </message>
    <message>
        <source>SIPS TLS sips URI secure signalling encryption registration contact 5061</source>
        <comment>warning 380 keywords</comment>
        <translation>不允许使用 SIPS SIPS TLS 加密 安全信令 注册 警告码 Warning</translation>
    </message>
    <message>
        <source>SIPS required</source>
        <comment>warning 381 name</comment>
        <translation>要求使用 SIPS</translation>
    </message>
    <message>
        <source>The recipient accepts the request only with the SIPS scheme, that is with TLS on every hop.</source>
        <comment>warning 381 summary</comment>
        <translation>接收方只接受使用 SIPS 方案（即每一跳都使用 TLS）的请求。</translation>
    </message>
    <message>
        <source>Also registered by RFC 5630. A proxy or UAS whose policy requires secure signalling sends it when it receives a request addressed to a sip: URI, or one that did not arrive over TLS, and therefore will not process it. The usual carrier is a 480 (Temporarily Unavailable). A client that supports SIPS can react by retrying the request with a sips: Request-URI over TLS; some user agents do this automatically when they see this warning.</source>
        <comment>warning 381 explanation</comment>
        <translation>该代码同样由 RFC 5630 注册。策略要求安全信令的代理服务器或 UAS，在收到发往 sip: URI 的请求，或者并非经由 TLS 到达的请求时，会发送此警告，表示不处理该请求。它通常附在 480（Temporarily Unavailable）中。支持 SIPS 的客户端可以改用 sips: Request-URI 并通过 TLS 重发请求；有些用户代理看到此警告后会自动这样做。</translation>
    </message>
    <message>
        <source>The person or service you called accepts only encrypted calls. Enable secure calling on your phone, or ask your administrator to do it.</source>
        <comment>warning 381 user advice</comment>
        <translation>您呼叫的用户或业务只接受加密呼叫。请在话机上启用安全呼叫，或请管理员为您开启。</translation>
    </message>
    <message>
        <source>Configure the caller or trunk for TLS (port 5061, certificates trusted on both sides) and sips: URIs towards this destination, or relax the policy on the recipient if plain SIP is acceptable there. In a capture, check whether the request arrived over UDP or TCP, or was downgraded by an intermediate proxy or SBC.</source>
        <comment>warning 381 engineer advice</comment>
        <translation>将主叫或中继配置为对该目的地使用 TLS（端口 5061，双方互信证书）和 sips: URI；如果接收方可以接受普通 SIP，也可以放宽其策略。在抓包中检查请求是否经 UDP 或 TCP 到达，或者是否被中间的代理服务器或 SBC 降级。</translation>
    </message>
    <message>
        <source>SIPS TLS sips URI secure signalling encryption required 5061 certificate</source>
        <comment>warning 381 keywords</comment>
        <translation>要求使用 SIPS SIPS TLS 加密 安全信令 证书 警告码 Warning</translation>
    </message>
    <message>
        <source>Miscellaneous warning</source>
        <comment>warning 399 name</comment>
        <translation>其他警告</translation>
    </message>
    <message>
        <source>Free-text information for people and logs; a receiving system must not act on it automatically.</source>
        <comment>warning 399 summary</comment>
        <translation>供人阅读和记录日志的自由文本信息；接收系统不得据此自动采取任何动作。</translation>
    </message>
    <message>
        <source>The general-purpose code of the miscellaneous range (390 to 399). Its warn-text can carry any information meant to be shown to a user or logged, and RFC 3261 forbids a receiving system to take automated action because of it. Vendors use it for diagnostics with any response, for example the name of the rule that rejected a call, a missing trunk or device match, or an internal error string. The warn-agent tells which element wrote it, which is often the fastest way to find the real source of a failure behind several proxies and B2BUAs.</source>
        <comment>warning 399 explanation</comment>
        <translation>它是其他警告代码段（390 至 399）中的通用代码。其 warn-text 可以包含任何供用户查看或写入日志的信息，而 RFC 3261 禁止接收系统据此采取自动动作。厂商会在任意响应中用它提供诊断信息，例如拒绝呼叫的规则名称、找不到匹配的中继或设备，或内部错误字符串。warn-agent 字段说明是哪个网元写入的，在经过多个代理服务器和 B2BUA 的路径上，这往往是找到故障真正来源的最快方法。</translation>
    </message>
    <message>
        <source>The system added a technical note to this failure. Pass the exact message to your administrator or provider.</source>
        <comment>warning 399 user advice</comment>
        <translation>系统为这次失败附加了一条技术说明。请将完整内容转告给管理员或服务提供商。</translation>
    </message>
    <message>
        <source>Copy the full quoted text and the warn-agent from the capture and search the vendor documentation for it. Cisco Unified CM, for instance, uses 399 to say that no trunk or device matches the source address of a request. Kamailio and OpenSIPS add an unregistered code 392 with routing debug data when their sip_warning option is on; disable that in production because it exposes internal addresses.</source>
        <comment>warning 399 engineer advice</comment>
        <translation>从抓包中完整复制引号内的文本和 warn-agent，在厂商文档中检索。例如 Cisco Unified CM 用 399 说明没有任何中继或设备与请求的源地址匹配。Kamailio 和 OpenSIPS 在开启 sip_warning 选项时会添加未注册的 392 代码并附带路由调试信息；生产环境中应关闭该选项，因为它会暴露内部地址。</translation>
    </message>
    <message>
        <source>free text vendor diagnostic debug warn-text warn-agent 392 sip_warning</source>
        <comment>warning 399 keywords</comment>
        <translation>其他警告 警告 厂商诊断 诊断信息 调试 392 sip_warning 警告码 Warning 头域</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Language of the text output: en or zh_CN.</source>
        <translation>文本输出的语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use en or zh_CN.</source>
        <translation>未知语言“%1”；请使用 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use one of: %2.</source>
        <translation>未知格式“%1”；请使用以下格式之一：%2。</translation>
    </message>
    <message>
        <source>Usage: sipref lookup CODE [--lang en|zh_CN] [--format text|json|markdown]</source>
        <translation>用法：sipref lookup CODE [--lang en|zh_CN] [--format text|json|markdown]</translation>
    </message>
    <message>
        <source>Words, a code, a code prefix or a class such as 4xx.</source>
        <translation>关键词、状态码、状态码前缀或类别（如 4xx）。</translation>
    </message>
    <message>
        <source>Usage: sipref search TEXT [--format text|json]</source>
        <translation>用法：sipref search TEXT [--format text|json]</translation>
    </message>
    <message>
        <source>Usage: sipref list [--format text|json]</source>
        <translation>用法：sipref list [--format text|json]</translation>
    </message>
    <message>
        <source>Time the inspection in-process and print one BENCH line.</source>
        <translation>在进程内为检查计时，并输出一行 BENCH 结果。</translation>
    </message>
    <message>
        <source>A file with SIP messages or a log, or - for standard input.</source>
        <translation>包含 SIP 消息的文件或日志；用 - 表示标准输入。</translation>
    </message>
    <message>
        <source>Usage: sipref inspect FILE|- [--format text|json] [--lang en|zh_CN]</source>
        <translation>用法：sipref inspect FILE|- [--format text|json] [--lang en|zh_CN]</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>%1 message(s): %2 error(s), %3 warning(s), %4 note(s)
</source>
        <translation>共 %1 条消息：%2 个错误，%3 个警告，%4 个提示
</translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>输出格式：%1。</translation>
    </message>
    <message>
        <source>A SIP response code (486), a Q.850 cause (q850:17) or a Warning code (warning:399).</source>
        <translation>SIP 状态码（如 486）、Q.850 原因值（如 q850:17）或警告码（如 warning:399）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SIP response code (100 to 699), a Q.850 cause (q850:N) or a Warning code (warning:N).</source>
        <translation>“%1”不是 SIP 状态码（100 到 699）、Q.850 原因值（q850:N）或警告码（warning:N）。</translation>
    </message>
    <message>
        <source>How hard to judge: strict (the RFCs as written), lenient (warnings become notes) or gb28181 (GB/T 28181 platform habits accepted).</source>
        <translation>检查的严格程度：strict（严格按 RFC 原文）、lenient（警告降为提示）或 gb28181（接受 GB/T 28181 平台的惯常做法）。</translation>
    </message>
    <message>
        <source>Unknown strictness &quot;%1&quot;; use strict, lenient or gb28181.</source>
        <translation>未知的严格程度“%1”；请使用 strict、lenient 或 gb28181。</translation>
    </message>
    <message>
        <source>Usage: sipref [COMMAND] [OPTIONS]
Without a command, sipref opens its window.

Commands:
  lookup CODE     explain a SIP response code, q850:N cause or warning:N code
  search TEXT     find codes by number, class, words or header name
  list            the whole catalog
  inspect FILE|-  check SIP messages in a file, a log or standard input
  flow FILE|-     the calls in a file or log, each as a ladder diagram

Run sipref COMMAND --help for the options of a command.
</source>
        <translation>用法：sipref [COMMAND] [OPTIONS]
不带命令时，sipref 打开图形界面窗口。

命令：
  lookup CODE     解释 SIP 状态码、q850:N 原因值或 warning:N 警告码
  search TEXT     按编号、类别、关键词或头域名查找
  list            列出完整的目录
  inspect FILE|-  检查文件、日志或标准输入中的 SIP 消息
  flow FILE|-     列出文件或日志中的呼叫，每个呼叫绘制为信令流程图

运行 sipref COMMAND --help 查看某个命令的选项。
</translation>
    </message>
    <message>
        <source>, setup %1 s</source>
        <translation>，建立时长 %1 秒</translation>
    </message>
    <message>
        <source>, duration %1 s</source>
        <translation>，通话时长 %1 秒</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>呼叫 %1</translation>
    </message>
    <message>
        <source>Only the call with this Call-ID.</source>
        <translation>只输出该 Call-ID 的呼叫。</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output (required for svg and png).</source>
        <translation>写入该文件而不是标准输出（svg 和 png 格式必须指定）。</translation>
    </message>
    <message>
        <source>Usage: sipref flow FILE|- [--call CALL-ID] [--format text|svg|png] [--output OUT] [--lang en|zh_CN]</source>
        <translation>用法：sipref flow FILE|- [--call CALL-ID] [--format text|svg|png] [--output OUT] [--lang en|zh_CN]</translation>
    </message>
    <message>
        <source>This build of sipref cannot draw images; use --format text.</source>
        <translation>此版本的 sipref 无法绘制图片；请使用 --format text。</translation>
    </message>
    <message>
        <source>--format %1 needs --output FILE.</source>
        <translation>--format %1 需要同时指定 --output FILE。</translation>
    </message>
    <message>
        <source>No call with Call-ID &quot;%1&quot; in the input.</source>
        <translation>输入中没有 Call-ID 为“%1”的呼叫。</translation>
    </message>
    <message>
        <source>No call in the input: no SIP message with a Call-ID was found.</source>
        <translation>输入中没有呼叫：未找到带 Call-ID 的 SIP 消息。</translation>
    </message>
    <message>
        <source>The input has %1 calls; choose one with --call for an image.</source>
        <translation>输入中有 %1 个呼叫；生成图片时请用 --call 选择其中一个。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation>呼叫数：%1</translation>
    </message>
    <message>
        <source>this host</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Only the first %1 bytes of &quot;%2&quot; are inspected: the inspector reads inputs of up to 2 GiB.</source>
        <translation>只检查“%2”的前 %1 字节：消息检查最多读取 2 GiB 的输入。</translation>
    </message>
</context>
<context>
    <name>CodeSheet</name>
    <message>
        <source>SIP response codes, Q.850 causes and Warning codes</source>
        <translation>SIP 状态码、Q.850 原因值和警告码</translation>
    </message>
    <message>
        <source>GB/T 28181 platform response codes</source>
        <translation>GB/T 28181 平台状态码</translation>
    </message>
    <message>
        <source>ITU-T Q.850 cause values</source>
        <translation>ITU-T Q.850 原因值</translation>
    </message>
    <message>
        <source>SIP Warning codes</source>
        <translation>SIP 警告码</translation>
    </message>
    <message>
        <source>SIP %1 responses</source>
        <translation>SIP %1 响应</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因值</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>ITU-T name</source>
        <translation>ITU-T 名称</translation>
    </message>
    <message>
        <source>Warning text</source>
        <translation>警告文本</translation>
    </message>
    <message>
        <source>Reason phrase</source>
        <translation>原因短语</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>共 %1 条</translation>
    </message>
</context>
<context>
    <name>CodeSheetExport</name>
    <message>
        <source>Print Code Sheet</source>
        <translation>打印速查表</translation>
    </message>
    <message>
        <source>Cannot Print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>Export Code Sheet as PDF</source>
        <translation>将速查表导出为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <source>Code Sheet Exported</source>
        <translation>速查表已导出</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>已将 %n 页保存到“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>打开 PDF(&amp;O)</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>No SIP message was found. A message begins with a request line such as &quot;INVITE sip:bob@example.com SIP/2.0&quot; or a status line such as &quot;SIP/2.0 200 OK&quot;.</source>
        <comment>no-sip-message</comment>
        <translation>未找到 SIP 消息。消息应以请求行（如 &quot;INVITE sip:bob@example.com SIP/2.0&quot;）或状态行（如 &quot;SIP/2.0 200 OK&quot;）开头。</translation>
    </message>
    <message>
        <source>No SIP message was found: the input looks like binary data rather than text, and it is not a pcap or pcapng capture either. Open a capture file as it is, or paste the messages as text.</source>
        <comment>no-sip-message binary</comment>
        <translation>未找到 SIP 消息：输入内容看起来是二进制数据而不是文本，也不是 pcap 或 pcapng 抓包文件。请直接打开抓包文件，或以文本形式粘贴消息。</translation>
    </message>
    <message>
        <source>The method &quot;%1&quot; contains characters that a SIP token may not contain.</source>
        <comment>malformed-start-line invalid-method; %1 = method</comment>
        <translation>方法 &quot;%1&quot; 含有 SIP token 中不允许出现的字符。</translation>
    </message>
    <message>
        <source>The Request-URI must not be enclosed in &quot;&lt;&quot; and &quot;&gt;&quot;.</source>
        <comment>malformed-start-line angle-brackets</comment>
        <translation>Request-URI 不得用 &quot;&lt;&quot; 和 &quot;&gt;&quot; 括起来。</translation>
    </message>
    <message>
        <source>The Request-URI contains white space; a URI may not contain unescaped spaces.</source>
        <comment>malformed-start-line space-in-uri</comment>
        <translation>Request-URI 中含有空白字符；URI 中不得出现未转义的空格。</translation>
    </message>
    <message>
        <source>The parts of the start line must be separated by exactly one space.</source>
        <comment>malformed-start-line extra-space</comment>
        <translation>起始行的各部分之间必须用且只用一个空格分隔。</translation>
    </message>
    <message>
        <source>The request line has white space after SIP/2.0; it must end right there.</source>
        <comment>malformed-start-line trailing-space</comment>
        <translation>请求行在 SIP/2.0 之后还有空白字符；请求行必须在 SIP/2.0 处结束。</translation>
    </message>
    <message>
        <source>The status line ends right after the status code; a space must follow it even when the reason phrase is empty.</source>
        <comment>malformed-start-line missing-reason-space</comment>
        <translation>状态行在状态码之后就结束了；即使原因短语为空，状态码后面也必须跟一个空格。</translation>
    </message>
    <message>
        <source>The protocol version is &quot;%1&quot;, not SIP/2.0; a SIP/2.0 element rejects such a request with 505 (Version Not Supported).</source>
        <comment>unsupported-version; %1 = version</comment>
        <translation>协议版本为 &quot;%1&quot;，而不是 SIP/2.0；SIP/2.0 网元会以 505（Version Not Supported）拒绝此类请求。</translation>
    </message>
    <message>
        <source>The status code &quot;%1&quot; is not a three-digit number from 100 to 699.</source>
        <comment>invalid-status-code; %1 = code</comment>
        <translation>状态码 &quot;%1&quot; 不是 100 到 699 之间的三位数字。</translation>
    </message>
    <message>
        <source>%1 is not a registered SIP response code; a user agent that does not know it handles it as %2.</source>
        <comment>unregistered-status-code; %1 = code, %2 = the code it is treated as</comment>
        <translation>%1 不是已注册的 SIP 状态码；不认识它的用户代理会将其按 %2 处理。</translation>
    </message>
    <message>
        <source>The reason phrase &quot;%1&quot; differs from the registered &quot;%2&quot;. Reason phrases are free text and receivers act on the code only, but a different phrase can hint at a vendor-specific cause.</source>
        <comment>reason-phrase-differs; %1 = phrase on the wire, %2 = registered phrase</comment>
        <translation>原因短语 &quot;%1&quot; 与注册的 &quot;%2&quot; 不同。原因短语是自由文本，接收方只根据状态码处理；但原因短语不同，可能暗示厂商特定的原因。</translation>
    </message>
    <message>
        <source>The reason phrase &quot;%1&quot; is an older or common variant of the registered &quot;%2&quot;; receivers act on the code only.</source>
        <comment>reason-phrase-differs alias; %1 = phrase on the wire, %2 = registered phrase</comment>
        <translation>原因短语 &quot;%1&quot; 是注册的 &quot;%2&quot; 的旧写法或常见变体；接收方只根据状态码处理。</translation>
    </message>
    <message>
        <source>The mandatory header field %1 is missing. Every request must contain To, From, CSeq, Call-ID, Max-Forwards and Via.</source>
        <comment>missing-header request; %1 = header</comment>
        <translation>缺少必选头域 %1。每个请求都必须包含 To、From、CSeq、Call-ID、Max-Forwards 和 Via。</translation>
    </message>
    <message>
        <source>The mandatory header field %1 is missing. Every response must contain Via, From, To, Call-ID and CSeq, copied from the request it answers.</source>
        <comment>missing-header response; %1 = header</comment>
        <translation>缺少必选头域 %1。每个响应都必须包含 Via、From、To、Call-ID 和 CSeq，并从所响应的请求中复制。</translation>
    </message>
    <message>
        <source>Contact is missing. %2 can establish a dialog, so the request must carry a Contact header field with exactly one SIP or SIPS URI where the peer reaches this user agent.</source>
        <comment>missing-header dialog-contact; %2 = method</comment>
        <translation>缺少 Contact。%2 请求可以建立对话，因此必须携带 Contact 头域，其中恰好包含一个 SIP 或 SIPS URI，供对端用来联系本用户代理。</translation>
    </message>
    <message>
        <source>Contact is missing. A 2xx response to %3 establishes a dialog, so the UAS must add a Contact header field with the URI for later requests.</source>
        <comment>missing-header dialog-response-contact; %3 = method answered</comment>
        <translation>缺少 Contact。对 %3 的 2xx 响应会建立对话，因此 UAS 必须添加 Contact 头域，给出后续请求使用的 URI。</translation>
    </message>
    <message>
        <source>Contact is missing. %2 is a target refresh request and should carry the Contact of its sender.</source>
        <comment>missing-header target-refresh-contact; %2 = method</comment>
        <translation>缺少 Contact。%2 是目标刷新请求，应当携带发送方的 Contact。</translation>
    </message>
    <message>
        <source>The header field %1 is missing; every %2 request must contain it.</source>
        <comment>missing-header method; %1 = header, %2 = method</comment>
        <translation>缺少头域 %1；%2 请求必须包含该头域。</translation>
    </message>
    <message>
        <source>The header field %1 is missing; every %2 request should contain it.</source>
        <comment>missing-header method-should; %1 = header, %2 = method</comment>
        <translation>缺少头域 %1；%2 请求应当包含该头域。</translation>
    </message>
    <message>
        <source>The header field %1 is missing; every %2 response must contain it.</source>
        <comment>missing-header code; %1 = header, %2 = code</comment>
        <translation>缺少头域 %1；%2 响应必须包含该头域。</translation>
    </message>
    <message>
        <source>The header field %1 is missing; every %2 response should contain it.</source>
        <comment>missing-header code-should; %1 = header, %2 = code</comment>
        <translation>缺少头域 %1；%2 响应应当包含该头域。</translation>
    </message>
    <message>
        <source>The header field %1 is missing; a 2xx response to %3 must contain it.</source>
        <comment>missing-header success-to; %1 = header, %3 = method answered</comment>
        <translation>缺少头域 %1；对 %3 的 2xx 响应必须包含该头域。</translation>
    </message>
    <message>
        <source>Contact is missing. Every %2 redirection should give the new location in Contact header fields, or the caller has nowhere to retry.</source>
        <comment>missing-header redirect-contact; %2 = code</comment>
        <translation>缺少 Contact。%2 重定向响应应当在 Contact 头域中给出新的位置，否则主叫无处重试。</translation>
    </message>
    <message>
        <source>A 415 response must say what the server accepts: Accept for body types, Accept-Encoding for encodings or Accept-Language for languages, depending on the problem.</source>
        <comment>missing-header accept-415</comment>
        <translation>415 响应必须说明服务器能接受什么：视具体问题，用 Accept 给出消息体类型，用 Accept-Encoding 给出编码，或用 Accept-Language 给出语言。</translation>
    </message>
    <message>
        <source>RSeq is missing. A provisional response sent reliably (Require: 100rel) must carry an RSeq header field.</source>
        <comment>missing-header reliable-rseq</comment>
        <translation>缺少 RSeq。可靠发送的临时响应（Require: 100rel）必须携带 RSeq 头域。</translation>
    </message>
    <message>
        <source>Content-Length is missing. The topmost Via shows %3, a stream transport, where only Content-Length tells where a message ends.</source>
        <comment>missing-header stream-content-length; %3 = transport</comment>
        <translation>缺少 Content-Length。最上层 Via 显示传输协议为 %3，这是面向流的传输，只有 Content-Length 能指明消息在何处结束。</translation>
    </message>
    <message>
        <source>%2 requests must not contain %1.</source>
        <comment>forbidden-header request; %1 = header, %2 = method</comment>
        <translation>%2 请求不得包含 %1。</translation>
    </message>
    <message>
        <source>A 2xx response to %3 must not contain %1.</source>
        <comment>forbidden-header success-to; %1 = header, %3 = method answered</comment>
        <translation>对 %3 的 2xx 响应不得包含 %1。</translation>
    </message>
    <message>
        <source>%1 appears %2 times, but it may appear only once: its grammar allows no list of values.</source>
        <comment>duplicate-header; %1 = header, %2 = count</comment>
        <translation>%1 出现了 %2 次，但它只能出现一次：其语法不允许取值列表。</translation>
    </message>
    <message>
        <source>This message must carry exactly one Contact URI, but it has %2.</source>
        <comment>duplicate-header contact; %2 = count</comment>
        <translation>该消息必须恰好携带一个 Contact URI，但实际有 %2 个。</translation>
    </message>
    <message>
        <source>This line in the header block is not a header field: a header name followed by a colon is missing.</source>
        <comment>malformed-header-line no-colon</comment>
        <translation>头域部分中的这一行不是头域：缺少头域名及其后的冒号。</translation>
    </message>
    <message>
        <source>This line looks like a continuation of the previous header field, but a continuation line must begin with a space or a tab.</source>
        <comment>malformed-header-line continuation</comment>
        <translation>这一行看起来是上一个头域的续行，但续行必须以空格或制表符开头。</translation>
    </message>
    <message>
        <source>Content-Length says %1 bytes, but the body has %2 bytes.</source>
        <comment>content-length-mismatch; %1 = declared, %2 = actual</comment>
        <translation>Content-Length 声明为 %1 字节，但消息体实际为 %2 字节。</translation>
    </message>
    <message>
        <source>Content-Length says %1 bytes, but the body has %2 bytes here and %3 with every line break counted as CRLF as on the wire.</source>
        <comment>content-length-mismatch wire; %1 = declared, %2 = bytes present, %3 = wire bytes</comment>
        <translation>Content-Length 声明为 %1 字节，但消息体在此处为 %2 字节，若像线路上传输时那样把每个换行都按 CRLF 计算，则为 %3 字节。</translation>
    </message>
    <message>
        <source>Content-Length says %1 bytes, but the input ends after %2 bytes of body: the message is cut off.</source>
        <comment>content-length-mismatch truncated; %1 = declared, %2 = bytes present</comment>
        <translation>Content-Length 声明为 %1 字节，但输入在消息体的第 %2 字节后就结束了：消息被截断。</translation>
    </message>
    <message>
        <source>Content-Length announces a %1-byte body, but the message ends without the empty line and the body.</source>
        <comment>content-length-mismatch no-body; %1 = declared</comment>
        <translation>Content-Length 声明消息体为 %1 字节，但消息在空行和消息体之前就结束了。</translation>
    </message>
    <message>
        <source>Content-Length &quot;%1&quot; is not a valid length: it must be a non-negative decimal number of bytes.</source>
        <comment>invalid-content-length; %1 = value</comment>
        <translation>Content-Length &quot;%1&quot; 不是有效的长度：它必须是以字节为单位的非负十进制数。</translation>
    </message>
    <message>
        <source>Content-Length %1 is far beyond any SIP message; the value is corrupt.</source>
        <comment>invalid-content-length absurd; %1 = value</comment>
        <translation>Content-Length %1 远超任何 SIP 消息可能的长度；该值已损坏。</translation>
    </message>
    <message>
        <source>The CSeq method %1 does not match the request method %2; they must be the same.</source>
        <comment>cseq-method-mismatch; %1 = CSeq method, %2 = request method</comment>
        <translation>CSeq 中的方法 %1 与请求方法 %2 不一致；两者必须相同。</translation>
    </message>
    <message>
        <source>CSeq must be a sequence number and a method, as in &quot;CSeq: 1 INVITE&quot;; found &quot;%1&quot;.</source>
        <comment>invalid-cseq format; %1 = value</comment>
        <translation>CSeq 必须由序列号和方法组成，如 &quot;CSeq: 1 INVITE&quot;；实际为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The CSeq sequence number %1 is too large; it must be below 2^31.</source>
        <comment>invalid-cseq range; %1 = number</comment>
        <translation>CSeq 序列号 %1 过大；必须小于 2^31。</translation>
    </message>
    <message>
        <source>Max-Forwards must be a whole number from 0 to 255; found &quot;%1&quot;.</source>
        <comment>invalid-max-forwards; %1 = value</comment>
        <translation>Max-Forwards 必须是 0 到 255 之间的整数；实际为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The topmost Via has no branch parameter; every request must carry one to identify its transaction.</source>
        <comment>via-branch-missing request</comment>
        <translation>最上层 Via 没有 branch 参数；每个请求都必须携带该参数，用于标识其所属事务。</translation>
    </message>
    <message>
        <source>The topmost Via has no branch parameter, so the request this answers had none; the response cannot be matched to a transaction reliably.</source>
        <comment>via-branch-missing response</comment>
        <translation>最上层 Via 没有 branch 参数，说明所响应的请求中也没有；该响应无法可靠地匹配到事务。</translation>
    </message>
    <message>
        <source>The Via branch &quot;%1&quot; does not begin with the magic cookie z9hG4bK: the sender follows RFC 2543, and transactions are matched the older, less reliable way.</source>
        <comment>via-branch-not-rfc3261; %1 = branch</comment>
        <translation>Via 的 branch &quot;%1&quot; 不是以 magic cookie z9hG4bK 开头：发送方遵循的是 RFC 2543，事务只能按旧的、可靠性较差的方式匹配。</translation>
    </message>
    <message>
        <source>To has no tag parameter. The UAS must add one to every response except 100 (Trying); without it the %1 cannot be tied to a dialog.</source>
        <comment>missing-to-tag; %1 = code</comment>
        <translation>To 没有 tag 参数。除 100（Trying）外，UAS 必须在每个响应中添加 tag；缺少 tag，该 %1 响应就无法与对话关联。</translation>
    </message>
    <message>
        <source>From has no tag parameter, so the request this answers had none; check the UAC that sent it.</source>
        <comment>missing-from-tag response</comment>
        <translation>From 没有 tag 参数，说明所响应的请求中也没有；请检查发送该请求的 UAC。</translation>
    </message>
    <message>
        <source>The message has a %1-byte body but no Content-Type; Content-Type must be present whenever the body is not empty.</source>
        <comment>body-without-content-type; %1 = bytes</comment>
        <translation>消息带有 %1 字节的消息体，却没有 Content-Type；只要消息体不为空，就必须包含 Content-Type。</translation>
    </message>
    <message>
        <source>%1 has an opening quotation mark without a closing one.</source>
        <comment>unterminated-quote; %1 = header</comment>
        <translation>%1 中有左引号，却没有对应的右引号。</translation>
    </message>
    <message>
        <source>%1 has a &quot;&lt;&quot; without a matching &quot;&gt;&quot;.</source>
        <comment>unclosed-angle-bracket; %1 = header</comment>
        <translation>%1 中有 &quot;&lt;&quot;，却没有对应的 &quot;&gt;&quot;。</translation>
    </message>
    <message>
        <source>%1 needs the URI enclosed in &quot;&lt;&quot; and &quot;&gt;&quot;: a display name, or a URI containing a comma, a question mark or a semicolon, is only allowed in the name-addr form.</source>
        <comment>name-addr-required; %1 = header</comment>
        <translation>%1 中的 URI 必须用 &quot;&lt;&quot; 和 &quot;&gt;&quot; 括起来：带显示名时，或 URI 中含有逗号、问号或分号时，只能使用 name-addr 形式。</translation>
    </message>
    <message>
        <source>The URI in %1 contains white space, which a URI may not contain.</source>
        <comment>spaces-in-uri; %1 = header</comment>
        <translation>%1 中的 URI 含有空白字符，而 URI 中不得出现空白字符。</translation>
    </message>
    <message>
        <source>Date must be an RFC 1123 date in GMT, such as &quot;Sat, 13 Nov 2010 23:29:00 GMT&quot;; found &quot;%1&quot;.</source>
        <comment>invalid-date; %1 = value</comment>
        <translation>Date 必须是 GMT 时间的 RFC 1123 格式日期，如 &quot;Sat, 13 Nov 2010 23:29:00 GMT&quot;；实际为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>%1 must be a whole number of seconds; found &quot;%2&quot;.</source>
        <comment>invalid-number; %1 = header, %2 = value</comment>
        <translation>%1 必须是以秒为单位的整数；实际为 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>%1 value %2 is out of range; the largest allowed is %3.</source>
        <comment>value-out-of-range; %1 = header, %2 = value, %3 = maximum</comment>
        <translation>%1 的值 %2 超出范围；允许的最大值为 %3。</translation>
    </message>
    <message>
        <source>%1 is present but empty; its value is mandatory.</source>
        <comment>empty-header-value; %1 = header</comment>
        <translation>%1 存在但为空；该头域必须有值。</translation>
    </message>
    <message>
        <source>error</source>
        <comment>severity</comment>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>severity</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <comment>severity</comment>
        <translation>提示</translation>
    </message>
    <message>
        <source>The start line is incomplete: a request line needs a method, a Request-URI and SIP/2.0; a status line needs SIP/2.0 and a three-digit status code, each followed by a space.</source>
        <comment>malformed-start-line missing-parts</comment>
        <translation>起始行不完整：请求行必须包含方法、Request-URI 和 SIP/2.0；状态行必须包含 SIP/2.0 和三位数字的状态码，且二者后面各跟一个空格。</translation>
    </message>
    <message>
        <source>Max-Forwards is 0: a proxy will not forward this request; it answers 483 (Too Many Hops), or answers an OPTIONS itself. Not an error when the request has reached its destination.</source>
        <comment>max-forwards-zero</comment>
        <translation>Max-Forwards 为 0：代理服务器不会再转发该请求，而是回复 483（Too Many Hops）；如果是 OPTIONS 请求，代理服务器也可以自行应答。若请求已到达最终目的地，则不属于错误。</translation>
    </message>
    <message>
        <source>To has no tag parameter. A response to CANCEL should carry the same To tag as the response to the INVITE it cancels.</source>
        <comment>missing-to-tag cancel</comment>
        <translation>To 头域缺少 tag 参数。CANCEL 的响应应当携带与被取消 INVITE 的响应相同的 To tag。</translation>
    </message>
    <message>
        <source>From has no tag parameter; the UAC must put a tag in From of every request, a new one outside a dialog.</source>
        <comment>missing-from-tag request</comment>
        <translation>From 头域缺少 tag 参数；UAC 必须在每个请求的 From 头域中携带 tag，对话外的请求必须使用新生成的 tag。</translation>
    </message>
    <message>
        <source>%1 needs every route enclosed in &quot;&lt;&quot; and &quot;&gt;&quot;: without them its URI parameters, such as ;lr, would be read as header parameters.</source>
        <comment>name-addr-required route; %1 = header</comment>
        <translation>%1 中的每个路由地址都必须用 &quot;&lt;&quot; 和 &quot;&gt;&quot; 括起来：否则其 URI 参数（如 ;lr）会被当作头域参数解析。</translation>
    </message>
    <message>
        <source>Date holds the local time &quot;%1&quot; in ISO 8601 form, as GB/T 28181 platforms send it for device time synchronisation; RFC 3261 expects an RFC 1123 date in GMT, so other SIP elements may not read it.</source>
        <comment>invalid-date gb28181; %1 = value</comment>
        <translation>Date 头域携带的是 ISO 8601 格式的本地时间“%1”，这是 GB/T 28181 平台为设备校时而发送的格式；RFC 3261 要求使用 GMT 时间的 RFC 1123 日期，因此其他 SIP 网元可能无法识别。</translation>
    </message>
    <message>
        <source>Reason: Q.850 cause %2, &quot;%3&quot;; a gateway following RFC 3398 turns it into SIP %4.</source>
        <comment>reason-cause q850; %2 = cause, %3 = ITU-T name, %4 = SIP code</comment>
        <translation>Reason：Q.850 原因值 %2，&quot;%3&quot;；遵循 RFC 3398 的网关会将其映射为 SIP %4。</translation>
    </message>
    <message>
        <source>Reason: Q.850 cause %2, &quot;%3&quot;; RFC 3398 gives it no fixed SIP response, so gateways differ.</source>
        <comment>reason-cause q850-unmapped; %2 = cause, %3 = ITU-T name</comment>
        <translation>Reason：Q.850 原因值 %2，&quot;%3&quot;；RFC 3398 未为其规定固定的 SIP 响应，不同网关的映射各不相同。</translation>
    </message>
    <message>
        <source>Reason: SIP cause %2 (%3): the request was ended because of that response.</source>
        <comment>reason-cause sip; %2 = SIP code, %3 = reason phrase</comment>
        <translation>Reason：SIP 原因 %2（%3）：该请求因这一响应而终止。</translation>
    </message>
    <message>
        <source>Reason: %1 cause %2 is not a value sipref knows.</source>
        <comment>reason-cause unknown; %1 = protocol, %2 = cause</comment>
        <translation>Reason：%1 原因值 %2 不是 sipref 已知的取值。</translation>
    </message>
    <message>
        <source>Reason: protocol %1, cause %2.</source>
        <comment>reason-cause other; %1 = protocol, %2 = cause</comment>
        <translation>Reason：协议 %1，原因值 %2。</translation>
    </message>
    <message>
        <source>The status code is %1, but Reason carries Q.850 cause %2 (&quot;%3&quot;), which RFC 3398 maps to %4: the gateway maps causes its own way, or an element on the path changed the response.</source>
        <comment>reason-class-mismatch; %1 = status code, %2 = cause, %3 = ITU-T name, %4 = SIP code</comment>
        <translation>状态码为 %1，但 Reason 携带的 Q.850 原因值 %2（&quot;%3&quot;）按 RFC 3398 应映射为 %4：说明网关采用了自己的映射规则，或路径上的某个网元改写了该响应。</translation>
    </message>
    <message>
        <source>Reason in a response is allowed only since RFC 6432; an element that follows RFC 3326 alone, which defined it for requests, may ignore it.</source>
        <comment>reason-in-response</comment>
        <translation>响应中携带 Reason 头域是 RFC 6432 才允许的；只遵循 RFC 3326（该规范只为请求定义了 Reason）的网元可能会忽略它。</translation>
    </message>
    <message>
        <source>Warning %1, &quot;%4&quot;, added by %2: &quot;%3&quot;.</source>
        <comment>warning-code; %1 = code, %2 = warn-agent, %3 = warn-text, %4 = registered meaning</comment>
        <translation>警告码 %1（&quot;%4&quot;），由 %2 添加：&quot;%3&quot;。</translation>
    </message>
    <message>
        <source>Warning %1 added by %2 is not a registered warning code: &quot;%3&quot;.</source>
        <comment>warning-code unknown; %1 = code, %2 = warn-agent, %3 = warn-text</comment>
        <translation>%2 添加的警告码 %1 不是已注册的警告码：&quot;%3&quot;。</translation>
    </message>
    <message>
        <source>The capture file ends in the middle of a packet: it was cut short, or copied while it was still being written. The %1 packets before that point were read.</source>
        <comment>capture-truncated; %1 = packets read</comment>
        <translation>抓包文件在某个数据包中间结束：文件被截断，或在仍在写入时被复制。已读取此前的 %1 个数据包。</translation>
    </message>
    <message>
        <source>The capture file ends inside its own header, before the first packet: nothing could be read from it.</source>
        <comment>capture-truncated header</comment>
        <translation>抓包文件在其文件头内部就已结束，尚未到第一个数据包：无法从中读取任何内容。</translation>
    </message>
    <message>
        <source>The capture file is damaged after %1 packets and was read no further (libpcap: %2).</source>
        <comment>capture-corrupt; %1 = packets read, %2 = libpcap&apos;s error message</comment>
        <translation>抓包文件在第 %1 个数据包之后已损坏，未再继续读取（libpcap：%2）。</translation>
    </message>
    <message>
        <source>The capture file begins like a pcap or pcapng file, but its header cannot be read (libpcap: %1).</source>
        <comment>capture-corrupt header; %1 = libpcap&apos;s error message</comment>
        <translation>该文件开头像 pcap 或 pcapng 抓包文件，但其文件头无法读取（libpcap：%1）。</translation>
    </message>
    <message>
        <source>The capture&apos;s link type %1 (%2) is not supported; sipref reads Ethernet, Linux cooked (SLL and SLL2), raw IP and loopback captures.</source>
        <comment>capture-link-type; %1 = link type name, %2 = link type number</comment>
        <translation>不支持该抓包的链路类型 %1（%2）；sipref 可读取以太网、Linux cooked（SLL 和 SLL2）、原始 IP 和环回接口的抓包。</translation>
    </message>
    <message>
        <source>None of the %1 packets in the capture carries a SIP message over UDP or TCP. SIP over TLS (often port 5061) is encrypted and cannot be read from a capture.</source>
        <comment>capture-no-sip; %1 = packets in the capture</comment>
        <translation>抓包中的 %1 个数据包均未携带经 UDP 或 TCP 传输的 SIP 消息。经 TLS 传输的 SIP（通常为 5061 端口）是加密的，无法从抓包中读取。</translation>
    </message>
    <message>
        <source>Bytes are missing from the TCP stream %1: the capture lost packets or cut them short. The message they belonged to is left out; reading goes on with the next message.</source>
        <comment>capture-tcp-gap; %1 = stream, source -&gt; destination</comment>
        <translation>TCP 流 %1 中缺少部分字节：抓包时丢失了数据包或将其截短。这些字节所属的消息被略过，从下一条消息继续读取。</translation>
    </message>
    <message>
        <source>%1 fragmented IP datagrams could not be put back together because fragments are missing from the capture; any SIP message they carried is left out.</source>
        <comment>capture-ip-fragments; %1 = datagrams</comment>
        <translation>有 %1 个分片的 IP 数据报因抓包中缺少分片而无法重组；其中携带的 SIP 消息均被略过。</translation>
    </message>
    <message>
        <source>The %2 request this %1 response answers is not in the input; normal when the log is an excerpt.</source>
        <comment>flow-response-without-request; %1 = status code, %2 = CSeq method</comment>
        <translation>输入中没有这个 %1 响应所应答的 %2 请求；日志只是片段时属正常情况。</translation>
    </message>
    <message>
        <source>No final response to this %1 is in the input; the log may end before it.</source>
        <comment>flow-no-final-response; %1 = method</comment>
        <translation>输入中没有这个 %1 的最终响应；日志可能在其之前就结束了。</translation>
    </message>
    <message>
        <source>This %1 got no final response, and the input goes on for %2 s after it: longer than the 32 s (64*T1) a client transaction waits before it times out. The next hop did not receive it or did not answer.</source>
        <comment>flow-no-final-response timeout; %1 = method, %2 = seconds</comment>
        <translation>这个 %1 没有收到最终响应，而输入在其后又持续了 %2 秒：超过了客户端事务超时前等待的 32 秒（64*T1）。下一跳没有收到该请求，或没有应答。</translation>
    </message>
    <message>
        <source>This %1 has CSeq %2, but the same side already sent CSeq %3 in this dialog; each new request in a dialog must carry a higher CSeq number, and the peer rejects a lower one with 500 (Server Internal Error).</source>
        <comment>flow-cseq-not-increasing; %1 = method, %2 = CSeq number, %3 = previous CSeq number</comment>
        <translation>这个 %1 的 CSeq 为 %2，但同一方在该对话中已发送过 CSeq %3；对话内每个新请求的 CSeq 序号必须更大，对端会以 500 (Server Internal Error) 拒绝较小的序号。</translation>
    </message>
    <message>
        <source>This %1 challenge is not followed by a request with %2 in the input: the client had no credentials for it, gave up, or the log ends before the retry.</source>
        <comment>flow-challenge-not-answered; %1 = 401 or 407, %2 = Authorization or Proxy-Authorization</comment>
        <translation>输入中这个 %1 质询之后没有携带 %2 的请求：客户端没有对应的凭据、已放弃，或者日志在重试之前就结束了。</translation>
    </message>
    <message>
        <source>After this %1 challenge the client sent %3 again without %2; it should retry with credentials for the realm in the challenge, or the request is rejected again.</source>
        <comment>flow-challenge-not-answered retried-without; %1 = 401 or 407, %2 = Authorization or Proxy-Authorization, %3 = method</comment>
        <translation>收到这个 %1 质询后，客户端再次发送了不带 %2 的 %3；应当使用质询中 realm 对应的凭据重试，否则请求会再次被拒绝。</translation>
    </message>
    <message>
        <source>No ACK for this %1 final response to INVITE is in the input; the log may end before it.</source>
        <comment>flow-ack-missing; %1 = status code</comment>
        <translation>输入中没有针对这个 INVITE 的 %1 最终响应的 ACK；日志可能在其之前就结束了。</translation>
    </message>
    <message>
        <source>No ACK for this %1 final response to INVITE, though the input goes on after it. Every final response to INVITE must be acknowledged; without the ACK the server retransmits the response and, after 32 s, gives up (a 2xx then usually ends the call with BYE).</source>
        <comment>flow-ack-missing continues; %1 = status code</comment>
        <translation>这个 INVITE 的 %1 最终响应没有 ACK，而输入在其后仍在继续。INVITE 的每个最终响应都必须得到 ACK 确认；收不到 ACK 时服务器会重传该响应，32 秒后放弃（若是 2xx，通常随后以 BYE 结束呼叫）。</translation>
    </message>
    <message>
        <source>This message was sent again %1 more time(s) in the input: the sender did not receive the answer in time (packet loss, a slow peer, or a wrong address for the response).</source>
        <comment>flow-retransmission; %1 = number of retransmissions</comment>
        <translation>输入中这条消息又被重传了 %1 次：发送方没有及时收到应答（丢包、对端处理慢，或响应发往了错误的地址）。</translation>
    </message>
    <message>
        <source>The called party sends BYE on an early dialog, before any 2xx to the INVITE; the callee must not send BYE on an early dialog. To refuse the call it answers the INVITE with a final error response such as 486 or 603.</source>
        <comment>flow-bye-before-answer callee-early</comment>
        <translation>被叫方在早期对话上发送了 BYE，此时 INVITE 尚未收到任何 2xx；被叫方不得在早期对话上发送 BYE。要拒绝呼叫，应以 486 或 603 等最终错误响应应答 INVITE。</translation>
    </message>
    <message>
        <source>The caller sends BYE on an early dialog, before any 2xx to the INVITE. That is allowed, but it ends only this dialog: the INVITE stays pending at other branches. CANCEL is what ends the whole call attempt.</source>
        <comment>flow-bye-before-answer caller-early</comment>
        <translation>主叫方在早期对话上发送了 BYE，此时 INVITE 尚未收到任何 2xx。这是允许的，但只结束这一个对话：INVITE 在其他分叉上仍未结束。要结束整个呼叫尝试应使用 CANCEL。</translation>
    </message>
    <message>
        <source>The capture holds no packets at all: it was stopped before anything was captured, or the capture filter matched nothing.</source>
        <comment>capture-no-sip empty</comment>
        <translation>抓包文件中没有任何数据包：抓包在捕获到内容之前就已停止，或者抓包过滤条件没有匹配到任何数据包。</translation>
    </message>
    <message>
        <source>The lines end in CR CR LF instead of CRLF: the text had its line ends converted a second time (CRLF text written again in text mode on Windows). They were read as CRLF, as they were on the wire.</source>
        <comment>doubled-cr</comment>
        <translation>各行以 CR CR LF 而非 CRLF 结尾：文本的行尾被再次转换过（CRLF 文本在 Windows 上又以文本模式写出一遍）。已按 CRLF 解析，与线路上传输时一致。</translation>
    </message>
    <message>
        <source>The text holds terminal colour codes (ANSI escape sequences such as ESC[32m, as a console with colours writes them) on %1 line(s); they were left out before the messages were read.</source>
        <comment>terminal-colors; %1 = number of lines that held colour codes</comment>
        <translation>文本中有 %1 行含终端颜色控制码（ANSI 转义序列，如 ESC[32m，带颜色输出的控制台会写入这类代码）；已先去除这些控制码，再解析消息。</translation>
    </message>
    <message>
        <source>The text holds non-breaking spaces (U+00A0) on %1 line(s), as text copied out of a web page, a document or an HTML e-mail does. SIP allows only spaces and tabs there; they were read as spaces. Copy the messages from the original log or capture when the spacing matters.</source>
        <comment>non-breaking-spaces; %1 = number of lines</comment>
        <translation>文本中有 %1 行含不换行空格（U+00A0），从网页、文档或 HTML 邮件中复制的文本常带有这种字符。SIP 在这些位置只允许空格和制表符；已按空格解析。如需核对空白字符，请从原始日志或抓包中复制消息。</translation>
    </message>
    <message>
        <source>The messages come from ngrep&apos;s byline output, which prints every carriage return as a dot. The dots that end %1 line(s) were read as the CRs they stand for. A dot that stood for a tab or for a byte of non-ASCII text cannot be told from a real one and was kept.</source>
        <comment>ngrep-line-ends; %1 = number of lines</comment>
        <translation>这些消息取自 ngrep 的 byline 格式输出，该格式把每个回车符（CR）都显示为一个点。已将 %1 行末尾的点按其所代表的 CR 解析。原本代表制表符或非 ASCII 文本字节的点无法与真正的点区分，予以保留。</translation>
    </message>
    <message>
        <source>The messages here are written with escaped line breaks (\r\n or #015#012 as text), as JSON logs, syslog and log collectors store them. They were read with the escapes undone, on %1 line(s) of the input; positions still refer to the input as given.</source>
        <comment>escaped-line-breaks; %1 = number of lines of the input that held escaped messages</comment>
        <translation>此处消息中的换行以转义形式写出（即文本“\r\n”或“#015#012”），JSON 日志、syslog 和日志采集系统通常如此存储消息。已对输入中 %1 行还原转义后再解析；所报位置仍对应原始输入。</translation>
    </message>
    <message>
        <source>The Request-URI carries URI headers (&quot;?%1&quot;). They belong in a URI that a request is made from, such as a Contact or a link, never in the Request-URI itself: a proxy must not forward them, and most elements answer 400 (Bad Request).</source>
        <comment>malformed-start-line uri-headers; %1 = the headers after the question mark</comment>
        <translation>Request-URI 中带有 URI 头域部分（“?%1”）。这部分只应出现在用来构造请求的 URI 中（例如 Contact 或链接），不得出现在请求本身的 Request-URI 中：代理不得转发这些头域，多数网元会回复 400（Bad Request）。</translation>
    </message>
    <message>
        <source>The display name in %1 holds a character that is allowed only inside quotation marks, such as the comma of Bell, Alexander. Write it quoted (&quot;Bell, Alexander&quot; &lt;sip:…&gt;): strict elements answer 400 (Bad Request), and in a Contact the comma splits the address in two.</source>
        <comment>display-name-needs-quotes; %1 = header</comment>
        <translation>%1 中的显示名包含只允许出现在引号内的字符，例如 Bell, Alexander 中的逗号。应加上引号（&quot;Bell, Alexander&quot; &lt;sip:…&gt;）：严格的网元会回复 400（Bad Request），在 Contact 中这个逗号还会把地址拆成两个。</translation>
    </message>
    <message>
        <source>%1 ends in &quot;%2&quot; with nothing after it: an empty parameter or list entry, which the grammar does not allow. Strict elements answer 400 (Bad Request); a value put together by a script or a header rule often ends like this.</source>
        <comment>trailing-separator; %1 = header, %2 = ; or ,</comment>
        <translation>%1 以“%2”结尾，其后没有任何内容：这是语法不允许的空参数或空列表项。严格的网元会回复 400（Bad Request）；由脚本或头域改写规则拼出来的值常有这种结尾。</translation>
    </message>
    <message>
        <source>The messages were read from a hex dump (Wireshark&apos;s Copy as Hex Dump, tcpdump -X, xxd or hexdump -C) on %1 line(s): each pair of hex digits was read as the byte it stands for, and the packet headers before each message were skipped. Positions refer to the dump as given.</source>
        <comment>hex-dump; %1 = number of lines of the dump</comment>
        <translation>消息是从十六进制转储（Wireshark 的“复制为十六进制转储”、tcpdump -X、xxd 或 hexdump -C）中读出的，共 %1 行：每两位十六进制数字按其代表的字节还原，并跳过了每条消息之前的数据包头部。所报位置对应原始转储文本。</translation>
    </message>
    <message>
        <source>Content-Length says %1 bytes and the body has %2 bytes here, but in GB2312/GBK, as Chinese platforms send such text, it is exactly %1. The text was most likely converted to UTF-8 after it was captured (copied out of a log viewer), and the message as sent was probably right. Check it in the original capture.</source>
        <comment>content-length-mismatch reencoded; %1 = declared, %2 = bytes present (UTF-8)</comment>
        <translation>Content-Length 声明为 %1 字节，此处消息体为 %2 字节；但按中国平台发送此类文本所用的 GB2312/GBK 编码计算，消息体正好是 %1 字节。很可能是抓取之后文本被转换成了 UTF-8（例如从日志查看器中复制），实际发出的消息应当是正确的。请在原始抓包中核实。</translation>
    </message>
</context>
<context>
    <name>EntryFormat</name>
    <message>
        <source>Summary</source>
        <comment>section title</comment>
        <translation>概述</translation>
    </message>
    <message>
        <source>What it means</source>
        <comment>section title</comment>
        <translation>含义</translation>
    </message>
    <message>
        <source>What to tell the user</source>
        <comment>section title</comment>
        <translation>如何告知用户</translation>
    </message>
    <message>
        <source>What to check</source>
        <comment>section title</comment>
        <translation>排查要点</translation>
    </message>
    <message>
        <source>On GB/T 28181 video platforms</source>
        <comment>section title</comment>
        <translation>在 GB/T 28181 视频平台上</translation>
    </message>
    <message>
        <source>Header fields</source>
        <comment>section title</comment>
        <translation>头域</translation>
    </message>
    <message>
        <source>Related codes</source>
        <comment>section title</comment>
        <translation>相关状态码</translation>
    </message>
    <message>
        <source>References</source>
        <comment>section title</comment>
        <translation>参考资料</translation>
    </message>
    <message>
        <source>must</source>
        <comment>header requirement</comment>
        <translation>必须</translation>
    </message>
    <message>
        <source>should</source>
        <comment>header requirement</comment>
        <translation>应当</translation>
    </message>
    <message>
        <source>may</source>
        <comment>header requirement</comment>
        <translation>可以</translation>
    </message>
    <message>
        <source>At gateways</source>
        <comment>section title</comment>
        <translation>网关上的处理</translation>
    </message>
    <message>
        <source>Maps to</source>
        <comment>section title</comment>
        <translation>映射关系</translation>
    </message>
    <message>
        <source>Q.850 cause %1 in the ISUP release (%2)</source>
        <comment>mapping; %1 = cause, %2 = RFC section</comment>
        <translation>ISUP 释放消息中的 Q.850 原因值 %1（%2）</translation>
    </message>
    <message>
        <source>SIP response %1 at the gateway (%2)</source>
        <comment>mapping; %1 = SIP code, %2 = RFC section</comment>
        <translation>网关上对应的 SIP 响应 %1（%2）</translation>
    </message>
</context>
<context>
    <name>EntryHtml</name>
    <message>
        <source>final response</source>
        <translation>最终响应</translation>
    </message>
    <message>
        <source>provisional response</source>
        <translation>临时响应</translation>
    </message>
    <message>
        <source>This number has a different meaning on GB/T 28181 video platforms than in the IETF registry; which one applies depends on who sent it.</source>
        <translation>该编号在 GB/T 28181 视频平台上的含义与 IETF 注册表中不同；适用哪一种，取决于它由谁发出。</translation>
    </message>
    <message>
        <source>In a SIP message</source>
        <translation>在 SIP 消息中的形式</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <source>Registration with a 401 challenge</source>
        <comment>register-401 title</comment>
        <translation>注册与 401 质询</translation>
    </message>
    <message>
        <source>The phone registers without credentials, the registrar answers 401 Unauthorized with a WWW-Authenticate challenge (realm and nonce), and the phone sends the REGISTER again with an Authorization header field and a higher CSeq. The 200 OK lists the binding and its expiry in Contact. A 401 here is normal: only a second 401 or a 403 means wrong credentials.</source>
        <comment>register-401 explanation</comment>
        <translation>话机先不带凭据发送注册请求，注册服务器回 401 Unauthorized，并在 WWW-Authenticate 中给出质询（realm 和 nonce）；话机随后带上 Authorization 头域、以更大的 CSeq 重新发送 REGISTER。200 OK 在 Contact 中列出绑定及其有效期。这里的 401 是正常流程：只有第二次 401 或 403 才说明凭据错误。</translation>
    </message>
    <message>
        <source>Call with a 407 proxy challenge</source>
        <comment>proxy-auth-407 title</comment>
        <translation>呼叫遇到 407 代理质询</translation>
    </message>
    <message>
        <source>The PBX challenges the INVITE with 407 Proxy Authentication Required. The phone acknowledges the 407, then sends a new INVITE with the same Call-ID, CSeq 2 and a Proxy-Authorization header field; this one is accepted and rings. If a phone never sends the second INVITE, it has no credentials for this realm.</source>
        <comment>proxy-auth-407 explanation</comment>
        <translation>PBX 以 407 Proxy Authentication Required 质询该 INVITE。话机对 407 回 ACK，然后用相同的 Call-ID、CSeq 2 并带上 Proxy-Authorization 头域发送新的 INVITE；这次请求被接受并开始振铃。如果话机始终不发第二个 INVITE，说明它没有该 realm 的凭据。</translation>
    </message>
    <message>
        <source>Busy: 486 Busy Here</source>
        <comment>busy-486 title</comment>
        <translation>被叫忙：486 Busy Here</translation>
    </message>
    <message>
        <source>The call is routed and rings (180), then the called phone answers 486 Busy Here because its user is on another call. The Reason header field carries Q.850 cause 17 (user busy) for gateways. The caller&apos;s ACK ends the transaction; nothing is broken.</source>
        <comment>busy-486 explanation</comment>
        <translation>呼叫被路由并开始振铃（180），随后被叫话机因用户正在通话而回 486 Busy Here。Reason 头域为网关携带 Q.850 原因值 17（用户忙）。主叫的 ACK 结束该事务；没有任何故障。</translation>
    </message>
    <message>
        <source>No answer: 480 after ringing</source>
        <comment>no-answer-480 title</comment>
        <translation>无人接听：振铃后 480</translation>
    </message>
    <message>
        <source>The phone rings for 30 seconds and nobody picks up; the PBX&apos;s no-answer timer ends the call with 480 Temporarily Unavailable and Q.850 cause 19 (no answer from user). Look at the time between 180 and 480: it is the configured ringing time.</source>
        <comment>no-answer-480 explanation</comment>
        <translation>话机振铃 30 秒无人接听；PBX 的无应答定时器以 480 Temporarily Unavailable 和 Q.850 原因值 19（用户无应答）结束呼叫。看 180 与 480 之间的时间间隔：它就是所配置的振铃时长。</translation>
    </message>
    <message>
        <source>No response: 408 Request Timeout</source>
        <comment>no-response-408 title</comment>
        <translation>无响应：408 Request Timeout</translation>
    </message>
    <message>
        <source>Only the PBX&apos;s 100 Trying comes back. The called phone never answers the forwarded INVITE, so after 32 seconds (timer B, 64 × T1) the PBX gives up with 408 Request Timeout. Unlike 480, nothing rang: look for an offline phone, a stale registration or NAT dropping the request.</source>
        <comment>no-response-408 explanation</comment>
        <translation>只收到 PBX 的 100 Trying。被叫话机始终没有响应转发给它的 INVITE，32 秒后（定时器 B，64 × T1）PBX 以 408 Request Timeout 放弃。与 480 不同，这里根本没有振铃：请检查话机是否离线、注册是否已失效，或 NAT 是否丢弃了请求。</translation>
    </message>
    <message>
        <source>Codec mismatch: 488 Not Acceptable Here</source>
        <comment>codec-mismatch-488 title</comment>
        <translation>编解码器不匹配：488 Not Acceptable Here</translation>
    </message>
    <message>
        <source>The phone offers only G.722 and G.729 (payload types 9 and 18); the carrier&apos;s SBC accepts none of them and answers 488 with Warning 305 (incompatible media format). Compare the m= line of the offer with the trunk&apos;s codec list, and enable G.711 (PCMA/PCMU) or transcoding.</source>
        <comment>codec-mismatch-488 explanation</comment>
        <translation>话机只提供 G.722 和 G.729（负载类型 9 和 18）；运营商的 SBC 一个都不接受，回 488 并附带 Warning 305（媒体格式不兼容）。请对比提议中的 m= 行与中继的编解码器列表，并启用 G.711（PCMA/PCMU）或转码。</translation>
    </message>
    <message>
        <source>Not acceptable anywhere: 606</source>
        <comment>not-acceptable-606 title</comment>
        <translation>在任何地方都不可接受：606</translation>
    </message>
    <message>
        <source>A video call to an audio-only room system: the callee answers 606 Not Acceptable with Warning 304 (media type not available). Unlike 488, a 6xx says that no other device of the callee will accept it either, so forking stops. Call again without video.</source>
        <comment>not-acceptable-606 explanation</comment>
        <translation>向仅支持音频的会议室系统发起视频呼叫：被叫回 606 Not Acceptable，附带 Warning 304（媒体类型不可用）。与 488 不同，6xx 表示被叫的其他设备也都不会接受，因此分叉随之停止。请去掉视频后重新呼叫。</translation>
    </message>
    <message>
        <source>Caller hangs up: CANCEL and 487</source>
        <comment>cancel-487 title</comment>
        <translation>主叫挂机：CANCEL 与 487</translation>
    </message>
    <message>
        <source>The caller gives up while it rings and sends CANCEL with the same branch and CSeq number as the INVITE. The PBX answers the CANCEL with 200 OK and then ends the INVITE with 487 Request Terminated, which the caller acknowledges. Two final responses, one per transaction.</source>
        <comment>cancel-487 explanation</comment>
        <translation>主叫在振铃期间放弃，发送与 INVITE 的 branch 和 CSeq 序号都相同的 CANCEL。PBX 先对 CANCEL 回 200 OK，再以 487 Request Terminated 结束 INVITE，主叫对 487 回 ACK。两个最终响应，每个事务各一个。</translation>
    </message>
    <message>
        <source>Call forwarding: 302 redirect</source>
        <comment>redirect-302 title</comment>
        <translation>呼叫前转：302 重定向</translation>
    </message>
    <message>
        <source>Extension 2071 forwards all calls to a mobile number: the PBX answers 302 Moved Temporarily with the new target in Contact and the reason in Diversion. The phone acknowledges it, sends a new INVITE to the mobile number, and that call is answered with 200 OK.</source>
        <comment>redirect-302 explanation</comment>
        <translation>分机 2071 把所有呼叫前转到一个手机号码：PBX 回 302 Moved Temporarily，在 Contact 中给出新目标，在 Diversion 中给出前转原因。话机回 ACK 后向该手机号码发送新的 INVITE，该呼叫以 200 OK 应答。</translation>
    </message>
    <message>
        <source>Overload: 503 with Retry-After</source>
        <comment>overload-503 title</comment>
        <translation>过载：带 Retry-After 的 503</translation>
    </message>
    <message>
        <source>The trunk has no free channel: the PBX answers 503 Service Unavailable with Retry-After: 120 and Q.850 cause 34 (no circuit available). A well-behaved caller tries another route or waits two minutes before trying this server again. Check channel counts and licences.</source>
        <comment>overload-503 explanation</comment>
        <translation>中继没有空闲信道：PBX 回 503 Service Unavailable，带 Retry-After: 120 和 Q.850 原因值 34（无可用电路）。规范的主叫会改走其他路由，或等两分钟后再尝试这台服务器。请检查信道数和许可证。</translation>
    </message>
    <message>
        <source>GB/T 28181 device registration</source>
        <comment>gb28181-register title</comment>
        <translation>GB/T 28181 设备注册</translation>
    </message>
    <message>
        <source>An IP camera registers with the video platform using its 20-digit device ID in From and To and the platform&apos;s 10-digit domain. The platform challenges with 401 (the realm is usually the domain ID), the camera answers with Authorization, and the 200 OK carries the platform&apos;s local time in Date (ISO 8601 form) so that the device can set its clock.</source>
        <comment>gb28181-register explanation</comment>
        <translation>IP 摄像机向视频平台注册，From 和 To 中使用其 20 位设备编码，域为平台的 10 位域编码。平台以 401 质询（realm 通常就是域编码），摄像机带 Authorization 重新注册，200 OK 在 Date 中携带平台的本地时间（ISO 8601 格式），供设备校时。</translation>
    </message>
    <message>
        <source>GB/T 28181 keep-alive MESSAGE</source>
        <comment>gb28181-keepalive title</comment>
        <translation>GB/T 28181 保活（心跳）MESSAGE</translation>
    </message>
    <message>
        <source>Every 60 seconds by default, the registered device sends a MESSAGE with a MANSCDP XML body whose CmdType is Keepalive, and the platform answers 200 OK. After three missed keep-alives the platform marks the device offline; check the SN counter and the interval when devices keep dropping off.</source>
        <comment>gb28181-keepalive explanation</comment>
        <translation>已注册的设备默认每 60 秒发送一个 MESSAGE，消息体为 MANSCDP XML，其 CmdType 为 Keepalive，平台回 200 OK。连续三次收不到保活消息，平台就把设备标记为离线；设备频繁掉线时，请检查 SN 计数和保活间隔。</translation>
    </message>
</context>
<context>
    <name>Ladder</name>
    <message>
        <source>this host</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>retransmission</source>
        <translation>重传</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>已应答</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>忙</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>redirected</source>
        <translation>已重定向</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>not a call</source>
        <translation>非呼叫</translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>Paste a SIP message or a log into the editor, or open a file. Each message found is checked against the RFCs.</source>
        <translation>将 SIP 消息或日志粘贴到编辑区，或打开文件。找到的每条消息都会按照 RFC 进行检查。</translation>
    </message>
    <message>
        <source>Select a message.</source>
        <translation>请选择一条消息。</translation>
    </message>
    <message>
        <source>response to %1</source>
        <translation>%1 的响应</translation>
    </message>
    <message>
        <source>Tell the user:</source>
        <translation>告知用户：</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>排查：</translation>
    </message>
    <message>
        <source>Open %1 in the code browser</source>
        <translation>在状态码浏览器中打开 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n header field(s)</source>
        <translation>
            <numerusform>%n 个头域</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>body %n byte(s)</source>
        <translation>
            <numerusform>消息体 %n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s)</source>
        <translation>%1 个错误，%2 个警告，%3 条提示</translation>
    </message>
    <message>
        <source>request</source>
        <comment>kind of SIP message, after the method name</comment>
        <translation>请求</translation>
    </message>
    <message>
        <source>to</source>
        <comment>before the Request-URI: where the request is sent</comment>
        <translation>发往</translation>
    </message>
    <message>
        <source>response</source>
        <comment>kind of SIP message, after the code</comment>
        <translation>响应</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>What does %1 mean?</source>
        <comment>quiz code to meaning; %1 = code</comment>
        <translation>%1 是什么意思？</translation>
    </message>
    <message>
        <source>Which code says this?</source>
        <comment>quiz meaning to code</comment>
        <translation>哪个状态码表示这个意思？</translation>
    </message>
    <message>
        <source>This %1 request lacks a mandatory header field. Which one?</source>
        <comment>quiz missing header; %1 = method</comment>
        <translation>这个 %1 请求缺少一个必选头域。是哪一个？</translation>
    </message>
    <message>
        <source>This %1 response lacks a mandatory header field. Which one?</source>
        <comment>quiz missing header; %1 = status code</comment>
        <translation>这个 %1 响应缺少一个必选头域。是哪一个？</translation>
    </message>
    <message>
        <source>Read the log. What went wrong?</source>
        <comment>quiz what went wrong</comment>
        <translation>阅读日志：问题出在哪里？</translation>
    </message>
    <message>
        <source>The called phone is busy: its user is already on a call.</source>
        <comment>scenario busy-486 answer</comment>
        <translation>被叫话机忙：用户正在通话中。</translation>
    </message>
    <message>
        <source>The phone rang (180) and then answered 486 Busy Here: it exists and is reachable, but its user cannot take the call. Nothing needs fixing; call again later or set up call waiting or busy forwarding.</source>
        <comment>scenario busy-486 explanation</comment>
        <translation>话机振铃（180）后回 486 Busy Here：被叫存在且可达，但用户无法接听。没有需要修复的故障；可稍后再拨，或开通呼叫等待、遇忙前转。</translation>
    </message>
    <message>
        <source>The phone rang but nobody answered before the PBX gave up.</source>
        <comment>scenario no-answer-480 answer</comment>
        <translation>话机振铃了，但在 PBX 放弃之前无人接听。</translation>
    </message>
    <message>
        <source>180 Ringing came back at once and 480 Temporarily Unavailable followed 30 seconds later, with Reason cause 19 (no answer from user): the ringing timer of the PBX ran out. Check the no-answer timeout and forwarding to voicemail.</source>
        <comment>scenario no-answer-480 explanation</comment>
        <translation>180 Ringing 立即返回，30 秒后收到 480 Temporarily Unavailable，Reason 原因值为 19（用户无应答）：PBX 的振铃定时器超时。请检查无应答超时设置以及转语音信箱的配置。</translation>
    </message>
    <message>
        <source>The called phone never responded: it is offline or unreachable from the PBX.</source>
        <comment>scenario timeout-408 answer</comment>
        <translation>被叫话机始终没有响应：它已离线，或 PBX 无法到达它。</translation>
    </message>
    <message>
        <source>Only the PBX&apos;s own 100 Trying came back; the called phone never sent 180, so after 32 seconds (timer B) the PBX answered 408 Request Timeout. Check that the phone is registered and that NAT or a firewall does not drop requests towards it.</source>
        <comment>scenario timeout-408 explanation</comment>
        <translation>只收到 PBX 自己的 100 Trying；被叫话机从未发送 180，32 秒后（定时器 B）PBX 回 408 Request Timeout。请检查话机是否已注册，以及 NAT 或防火墙是否丢弃了发往它的请求。</translation>
    </message>
    <message>
        <source>The far end supports none of the offered codecs.</source>
        <comment>scenario codec-488 answer</comment>
        <translation>对端不支持所提供的任何编解码器。</translation>
    </message>
    <message>
        <source>The offer lists only G.729 (payload 18) and the carrier answers 488 Not Acceptable Here with Warning 305 (incompatible media format). Enable G.711 (PCMA or PCMU) on the phone or transcoding on the PBX.</source>
        <comment>scenario codec-488 explanation</comment>
        <translation>提议中只有 G.729（负载类型 18），运营商回 488 Not Acceptable Here，并附带 Warning 305（媒体格式不兼容）。请在话机上启用 G.711（PCMA 或 PCMU），或在 PBX 上启用转码。</translation>
    </message>
    <message>
        <source>The PBX asked for credentials and the phone never answered the challenge.</source>
        <comment>scenario proxy-auth-407 answer</comment>
        <translation>PBX 要求提供凭据，而话机始终没有回应质询。</translation>
    </message>
    <message>
        <source>407 Proxy Authentication Required is a normal challenge: the phone should send the INVITE again with a Proxy-Authorization header field. It only sent the ACK and gave up, so it has no password configured for this account, or it ignores the challenge&apos;s realm.</source>
        <comment>scenario proxy-auth-407 explanation</comment>
        <translation>407 Proxy Authentication Required 是正常的质询：话机应带上 Proxy-Authorization 头域重新发送 INVITE。它只发了 ACK 就放弃了，说明该账号没有配置密码，或者话机忽略了质询中的 realm。</translation>
    </message>
    <message>
        <source>The registrar rejected the credentials: wrong password or a blocked account.</source>
        <comment>scenario forbidden-403 answer</comment>
        <translation>注册服务器拒绝了凭据：密码错误或账号被禁用。</translation>
    </message>
    <message>
        <source>The first REGISTER got the usual 401 challenge; the second one carried Authorization and was refused with 403 Forbidden. Check the user name and password, and whether the account is disabled or limited to certain IP addresses.</source>
        <comment>scenario forbidden-403 explanation</comment>
        <translation>第一个 REGISTER 收到了通常的 401 质询；第二个带了 Authorization，却被 403 Forbidden 拒绝。请检查用户名和密码，以及账号是否被停用或限定了来源 IP 地址。</translation>
    </message>
    <message>
        <source>The dialled number does not exist on the PBX.</source>
        <comment>scenario not-found-404 answer</comment>
        <translation>所拨号码在 PBX 上不存在。</translation>
    </message>
    <message>
        <source>The PBX answered 404 Not Found within milliseconds, without ringing anything: extension 8099 is not configured. Check the number, the dial plan and the user&apos;s directory.</source>
        <comment>scenario not-found-404 explanation</comment>
        <translation>PBX 在几毫秒内就回了 404 Not Found，没有任何话机振铃：分机 8099 未配置。请检查号码、拨号计划和用户目录。</translation>
    </message>
    <message>
        <source>The PBX is overloaded or in maintenance and asked to try again later.</source>
        <comment>scenario overload-503 answer</comment>
        <translation>PBX 过载或正在维护，要求稍后重试。</translation>
    </message>
    <message>
        <source>503 Service Unavailable with Retry-After: 300 says the server cannot take calls now and asks not to retry for five minutes. Check the trunk&apos;s capacity, licences and maintenance state; a caller with another route should try it.</source>
        <comment>scenario overload-503 explanation</comment>
        <translation>503 Service Unavailable 带 Retry-After: 300，表示服务器目前无法接受呼叫，并要求五分钟内不要重试。请检查中继容量、许可证和维护状态；有其他路由的主叫应改走其他路由。</translation>
    </message>
    <message>
        <source>The caller hung up while the phone was still ringing.</source>
        <comment>scenario cancel-487 answer</comment>
        <translation>话机还在振铃时主叫就挂机了。</translation>
    </message>
    <message>
        <source>The caller sent CANCEL after 3.5 seconds of ringing; the PBX confirmed it with 200 OK and ended the INVITE with 487 Request Terminated. Nothing failed: this is a call abandoned by the caller.</source>
        <comment>scenario cancel-487 explanation</comment>
        <translation>振铃 3.5 秒后主叫发送了 CANCEL；PBX 以 200 OK 确认，并以 487 Request Terminated 结束 INVITE。没有任何故障：这是主叫放弃的呼叫。</translation>
    </message>
    <message>
        <source>The called user rejected the call.</source>
        <comment>scenario decline-603 answer</comment>
        <translation>被叫用户拒接了呼叫。</translation>
    </message>
    <message>
        <source>The phone rang for about 1.5 seconds and then answered 603 Decline: its user pressed reject. 603 is a global failure, so no other device of the user is tried.</source>
        <comment>scenario decline-603 explanation</comment>
        <translation>话机振铃约 1.5 秒后回 603 Decline：用户按了拒接。603 属于全局失败，因此不会再尝试该用户的其他设备。</translation>
    </message>
    <message>
        <source>The phone asked for a registration interval shorter than the registrar allows.</source>
        <comment>scenario interval-423 answer</comment>
        <translation>话机请求的注册有效期短于注册服务器允许的最小值。</translation>
    </message>
    <message>
        <source>The REGISTER asked for Expires: 60 and the registrar answered 423 Interval Too Brief with Min-Expires: 600. The phone should register again with at least 600 seconds; set its registration interval accordingly.</source>
        <comment>scenario interval-423 explanation</comment>
        <translation>REGISTER 请求 Expires: 60，注册服务器回 423 Interval Too Brief，并带 Min-Expires: 600。话机应以不少于 600 秒的有效期重新注册；请相应调整话机的注册间隔。</translation>
    </message>
    <message>
        <source>The dialled number has too few digits.</source>
        <comment>scenario incomplete-484 answer</comment>
        <translation>所拨号码位数不足。</translation>
    </message>
    <message>
        <source>The PBX&apos;s dial plan matched the start of 0105888 but needs more digits, so it answered 484 Address Incomplete. Dial the full number, or check the dial plan and the phone&apos;s digit map.</source>
        <comment>scenario incomplete-484 explanation</comment>
        <translation>PBX 的拨号计划匹配了 0105888 的开头，但还需要更多位数，因此回 484 Address Incomplete。请拨完整号码，或检查拨号计划和话机的号码匹配规则（digit map）。</translation>
    </message>
    <message>
        <source>Nothing failed: the callee forwards calls and the phone followed the redirect.</source>
        <comment>scenario redirect-302 answer</comment>
        <translation>没有失败：被叫设置了呼叫前转，话机按重定向重新发起了呼叫。</translation>
    </message>
    <message>
        <source>302 Moved Temporarily gives a new target in Contact (8010); the phone acknowledged it and sent a new INVITE there, which is ringing. Forwarding on the callee&apos;s side explains why another phone rings.</source>
        <comment>scenario redirect-302 explanation</comment>
        <translation>302 Moved Temporarily 在 Contact 中给出新目标（8010）；话机回 ACK 后向该目标发送新的 INVITE，对方正在振铃。被叫侧的前转解释了为什么响铃的是另一部话机。</translation>
    </message>
</context>
<context>
    <name>sipref::CallListModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已应答</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Redirected (%1)</source>
        <translation>已重定向（%1）</translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation>已重定向</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>失败（%1）</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>No request</source>
        <translation>无请求</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Caller</source>
        <extracomment>The calling party (From of the first request)</extracomment>
        <translation>主叫</translation>
    </message>
    <message>
        <source>Callee</source>
        <extracomment>The called party (To of the first request)</extracomment>
        <translation>被叫</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Setup</source>
        <extracomment>Time from the INVITE to its 200 OK</extracomment>
        <translation>建立时长</translation>
    </message>
    <message>
        <source>Duration</source>
        <extracomment>Time from the 200 OK to the BYE</extracomment>
        <translation>通话时长</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>Call-ID</source>
        <translation>Call-ID</translation>
    </message>
</context>
<context>
    <name>sipref::CallsView</name>
    <message>
        <source>Filter calls: number, name, state, Call-ID…</source>
        <translation>筛选呼叫：号码、名称、状态、Call-ID…</translation>
    </message>
    <message>
        <source>Filter calls</source>
        <translation>筛选呼叫</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>呼叫</translation>
    </message>
    <message>
        <source>Ladder diagram</source>
        <translation>信令流程图</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>所选消息</translation>
    </message>
    <message>
        <source>Go to the Inspector</source>
        <translation>转到消息检查</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Save the ladder diagram as a PNG image</source>
        <translation>将信令流程图保存为 PNG 图片</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>导出 SVG…</translation>
    </message>
    <message>
        <source>Save the ladder diagram as an SVG drawing</source>
        <translation>将信令流程图保存为 SVG 矢量图</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>复制为文本</translation>
    </message>
    <message>
        <source>Copy the ladder as plain text, for a ticket or an e-mail</source>
        <translation>将信令流程图复制为纯文本，可贴到工单或邮件中</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Larger text (Ctrl++, Ctrl+wheel)</source>
        <translation>放大文字（Ctrl++、Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-, Ctrl+wheel)</source>
        <translation>缩小文字（Ctrl+-、Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Show in Inspector</source>
        <translation>在消息检查中显示</translation>
    </message>
    <message>
        <source>Open the selected message in the Inspector</source>
        <translation>在消息检查中打开所选消息</translation>
    </message>
    <message>
        <source>Select a call above to see its ladder diagram.</source>
        <translation>在上方选择一个呼叫，即可查看其信令流程图。</translation>
    </message>
    <message>
        <source>Paste a log or open a capture in the Inspector: its calls appear here, each with its ladder diagram.</source>
        <translation>在消息检查中粘贴日志或打开抓包文件，其中的呼叫会列在这里，每个呼叫都附有信令流程图。</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n message(s) in the Inspector has a Call-ID, so there are no calls to show.</source>
        <translation>
            <numerusform>消息检查中的 %n 条消息都没有 Call-ID，因此没有可显示的呼叫。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 个呼叫</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s)</source>
        <translation>
            <numerusform>显示 %1 个，共 %n 个呼叫</numerusform>
        </translation>
    </message>
    <message>
        <source>This ladder shows the first %1 of %2 messages: select fewer calls, or use the Inspector for the rest.</source>
        <translation>此信令流程图只显示 %2 条消息中的前 %1 条：请少选几个呼叫，或在消息检查中查看其余消息。</translation>
    </message>
    <message>
        <source>Click an arrow to see its message here.</source>
        <translation>点击箭头，即可在此查看对应的消息。</translation>
    </message>
    <message>
        <source>Message %1, line %2</source>
        <translation>第 %1 条消息，第 %2 行</translation>
    </message>
    <message>
        <source>This host</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>无检查结果。</translation>
    </message>
    <message>
        <source>There is no ladder to export.</source>
        <translation>没有可导出的信令流程图。</translation>
    </message>
    <message>
        <source>Export Ladder as SVG</source>
        <translation>将信令流程图导出为 SVG</translation>
    </message>
    <message>
        <source>Export Ladder as PNG</source>
        <translation>将信令流程图导出为 PNG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>sipref::ChoiceButton</name>
    <message>
        <source>Answer %1: %2</source>
        <translation>答案 %1：%2</translation>
    </message>
    <message>
        <source>Press %1 to choose this answer</source>
        <translation>按 %1 选择此答案</translation>
    </message>
    <message>
        <source>The right answer</source>
        <translation>正确答案</translation>
    </message>
    <message>
        <source>Your answer, which is wrong</source>
        <translation>你的答案（错误）</translation>
    </message>
</context>
<context>
    <name>sipref::CodeBrowser</name>
    <message>
        <source>Copy as Text</source>
        <translation>复制为文本</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>复制为 Markdown</translation>
    </message>
    <message>
        <source>Copy as Text, Both Languages</source>
        <translation>复制为文本（中英双语）</translation>
    </message>
    <message>
        <source>Copy as Markdown, Both Languages</source>
        <translation>复制为 Markdown（中英双语）</translation>
    </message>
    <message>
        <source>Search codes, words or header names (Ctrl+K)</source>
        <translation>搜索状态码、关键词或头域名（Ctrl+K）</translation>
    </message>
    <message>
        <source>A code (486), a prefix (48), a class (4xx), words in English or Chinese, or a header name</source>
        <translation>状态码（如 486）、前缀（如 48）、类别（如 4xx）、中英文关键词或头域名</translation>
    </message>
    <message>
        <source>Search the code catalog</source>
        <translation>搜索状态码目录</translation>
    </message>
    <message>
        <source>Response codes</source>
        <translation>状态码列表</translation>
    </message>
    <message>
        <source>Code details</source>
        <translation>状态码详情</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>GB/T 28181</source>
        <translation>GB/T 28181</translation>
    </message>
    <message>
        <source>Codes of Chinese video-surveillance platforms</source>
        <translation>国内视频监控平台（国标）使用的状态码</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>后退（Alt+Left）</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>前进（Alt+Right）</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy this entry for a ticket or a chat</source>
        <translation>复制本条目，用于工单或聊天</translation>
    </message>
    <message>
        <source>Choose a code on the left.</source>
        <translation>请在左侧选择一个状态码。</translation>
    </message>
    <message>
        <source>ISDN/ISUP cause values that gateways carry in the Reason header</source>
        <translation>网关在 Reason 头域中携带的 ISDN/ISUP 原因值</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告码</translation>
    </message>
    <message>
        <source>Codes of the SIP Warning header field</source>
        <translation>SIP Warning 头域中的警告码</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>没有匹配的结果。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sipref::CodeListModel</name>
    <message>
        <source>Code</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>Reason phrase</source>
        <translation>原因短语</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>sipref::CodeSheetDialog</name>
    <message>
        <source>Print Code Sheet</source>
        <translation>打印速查表</translation>
    </message>
    <message>
        <source>Export Code Sheet as PDF</source>
        <translation>将速查表导出为 PDF</translation>
    </message>
    <message>
        <source>&amp;Codes:</source>
        <translation>范围(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>页数：</translation>
    </message>
    <message>
        <source>All codes, causes and Warning codes</source>
        <translation>全部状态码、原因值和警告码</translation>
    </message>
    <message>
        <source>SIP %1 only</source>
        <translation>仅 SIP %1</translation>
    </message>
    <message>
        <source>GB/T 28181 platform codes</source>
        <translation>GB/T 28181 平台状态码</translation>
    </message>
    <message>
        <source>Q.850 cause values</source>
        <translation>Q.850 原因值</translation>
    </message>
    <message>
        <source>SIP Warning codes</source>
        <translation>SIP 警告码</translation>
    </message>
    <message>
        <source>Both, side by side</source>
        <translation>中英对照</translation>
    </message>
    <message>
        <source>Codes on the sheet</source>
        <translation>速查表包含的代码</translation>
    </message>
    <message>
        <source>Language of the sheet</source>
        <translation>速查表的语言</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>%n A4 page(s), %1 entries</source>
        <translation>
            <numerusform>A4 纸 %n 页，共 %1 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sipref::FileReading</name>
    <message>
        <source>not enough memory to hold it</source>
        <translation>内存不足，无法容纳该文件</translation>
    </message>
</context>
<context>
    <name>sipref::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Message at line</source>
        <translation>消息所在行</translation>
    </message>
</context>
<context>
    <name>sipref::FlashcardPanel</name>
    <message>
        <source>GB/T 28181</source>
        <translation>GB/T 28181</translation>
    </message>
    <message>
        <source>Deck of cards</source>
        <translation>卡组</translation>
    </message>
    <message>
        <source>S&amp;huffle</source>
        <translation>洗牌(&amp;H)</translation>
    </message>
    <message>
        <source>Put the cards of this deck in a random order</source>
        <translation>把本卡组的卡片随机排序</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <source>Show these codes full screen, one per screen (F5)</source>
        <translation>全屏演示这些状态码，每屏一个（F5）</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一张</translation>
    </message>
    <message>
        <source>Previous card (Left)</source>
        <translation>上一张卡片（左方向键）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一张</translation>
    </message>
    <message>
        <source>Next card (Right)</source>
        <translation>下一张卡片（右方向键）</translation>
    </message>
    <message>
        <source>&amp;Turn Card</source>
        <translation>翻面(&amp;T)</translation>
    </message>
    <message>
        <source>Show the other side (Space)</source>
        <translation>显示另一面（空格键）</translation>
    </message>
    <message>
        <source>What does this code mean? Click the card or press Space to turn it.</source>
        <translation>这个状态码是什么意思？单击卡片或按空格键翻面。</translation>
    </message>
    <message>
        <source>Front of the card</source>
        <translation>卡片正面</translation>
    </message>
    <message>
        <source>Back of the card</source>
        <translation>卡片背面</translation>
    </message>
    <message>
        <source>Position in the deck</source>
        <translation>在卡组中的位置</translation>
    </message>
    <message>
        <source>Flashcards: Previous Card</source>
        <translation>抽认卡：上一张</translation>
    </message>
    <message>
        <source>Flashcards: Next Card</source>
        <translation>抽认卡：下一张</translation>
    </message>
    <message>
        <source>Flashcards: Turn Card</source>
        <translation>抽认卡：翻面</translation>
    </message>
    <message>
        <source>Card %1 of %2</source>
        <translation>第 %1 张，共 %2 张</translation>
    </message>
    <message>
        <source>&amp;Turn Back</source>
        <translation>翻回正面(&amp;T)</translation>
    </message>
</context>
<context>
    <name>sipref::GalleryPanel</name>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Example title</source>
        <translation>示例标题</translation>
    </message>
    <message>
        <source>What the example shows</source>
        <translation>示例说明</translation>
    </message>
    <message>
        <source>Messages of the example</source>
        <translation>示例中的消息</translation>
    </message>
    <message>
        <source>&amp;Open in Inspector</source>
        <translation>在消息检查中打开(&amp;O)</translation>
    </message>
    <message>
        <source>Check these messages in the inspector (Ctrl+Enter)</source>
        <translation>在消息检查中检查这些消息（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <source>Show the examples full screen, one message per screen (F5)</source>
        <translation>全屏演示示例，每屏一条消息（F5）</translation>
    </message>
    <message>
        <source>Examples: Open in Inspector</source>
        <translation>示例：在消息检查中打开</translation>
    </message>
</context>
<context>
    <name>sipref::InspectorView</name>
    <message>
        <source>Open SIP Messages or Log</source>
        <translation>打开 SIP 消息或日志</translation>
    </message>
    <message>
        <source>Paste SIP messages or a log below, or drop a file.</source>
        <translation>在下方粘贴 SIP 消息或日志，或拖入文件。</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Copy Line</source>
        <translation>复制示例行</translation>
    </message>
    <message>
        <source>Copy a correct example of the missing header field</source>
        <translation>复制所缺头域的正确示例</translation>
    </message>
    <message>
        <source>INVITE sip:bob@example.com SIP/2.0
Via: SIP/2.0/UDP …
…</source>
        <translation>INVITE sip:bob@example.com SIP/2.0
Via: SIP/2.0/UDP …
…</translation>
    </message>
    <message>
        <source>SIP text to inspect</source>
        <translation>待检查的 SIP 文本</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>找到的消息</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Message summary</source>
        <translation>消息摘要</translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>Inspection cancelled.</source>
        <translation>已取消检查。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s)</source>
        <translation>%1 个错误，%2 个警告，%3 条提示</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <source>A correct line looks like:</source>
        <translation>正确的写法示例：</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>Logs, messages and captures (*.log *.txt *.sip *.msg *.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>日志、消息和抓包文件 (*.log *.txt *.sip *.msg *.pcap *.pcapng *.cap);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Filter messages…</source>
        <translation>筛选消息…</translation>
    </message>
    <message>
        <source>Words in the start line, the Call-ID or the addresses</source>
        <translation>匹配起始行、Call-ID 或地址中的文字</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>筛选消息</translation>
    </message>
    <message>
        <source>Only requests of this method and their responses</source>
        <translation>只显示该方法的请求及其响应</translation>
    </message>
    <message>
        <source>Only requests, or only responses of one class</source>
        <translation>只显示请求，或只显示某一类响应</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>全部消息</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>1xx provisional</source>
        <translation>1xx 临时响应</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx 成功响应</translation>
    </message>
    <message>
        <source>3xx redirection</source>
        <translation>3xx 重定向响应</translation>
    </message>
    <message>
        <source>4xx client error</source>
        <translation>4xx 客户端错误</translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation>5xx 服务器错误</translation>
    </message>
    <message>
        <source>6xx global failure</source>
        <translation>6xx 全局错误</translation>
    </message>
    <message>
        <source>Errors (≥ 400)</source>
        <translation>错误响应（≥ 400）</translation>
    </message>
    <message>
        <source>Hide OPTIONS keep-alives</source>
        <translation>隐藏 OPTIONS 保活</translation>
    </message>
    <message>
        <source>Hide OPTIONS requests and the responses to them</source>
        <translation>隐藏 OPTIONS 请求及其响应</translation>
    </message>
    <message>
        <source>Show the messages of every call again</source>
        <translation>重新显示所有呼叫的消息</translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>全部方法</translation>
    </message>
    <message>
        <source>Call %1 ✕</source>
        <translation>呼叫 %1 ✕</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 / %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Only This Call</source>
        <translation>只看此呼叫</translation>
    </message>
    <message>
        <source>Show All Calls</source>
        <translation>显示全部呼叫</translation>
    </message>
    <message>
        <source>%1 — a packet capture (%2), shown as the SIP messages found in it, read-only.</source>
        <translation>%1 — 抓包文件（%2），以只读方式显示其中找到的 SIP 消息。</translation>
    </message>
    <message>
        <source>%1 — %2, too large to edit comfortably: shown read-only.</source>
        <translation>%1 — %2，内容过大，不便编辑，以只读方式显示。</translation>
    </message>
    <message>
        <source>Edit as Text</source>
        <translation>作为文本编辑</translation>
    </message>
    <message>
        <source>Load the text into the editor (slow for very large inputs)</source>
        <translation>将文本载入编辑器（输入很大时较慢）</translation>
    </message>
    <message>
        <source>Restored input</source>
        <translation>恢复的输入</translation>
    </message>
    <message>
        <source>Pasted text — %1 characters, being prepared…</source>
        <translation>粘贴的文本（%1 个字符），正在准备……</translation>
    </message>
    <message>
        <source>%1 — %2 with lines too long to edit comfortably: shown read-only.</source>
        <translation>%1 — %2，其中有的行过长，不便编辑，以只读方式显示。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Reading %1 — %2 of %3…</source>
        <translation>正在读取 %1 — 已读 %2，共 %3…</translation>
    </message>
    <message>
        <source>Reading %1 — %2…</source>
        <translation>正在读取 %1 — 已读 %2…</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>已取消打开 %1。</translation>
    </message>
    <message>
        <source>%1 (only its first %2)</source>
        <translation>%1（仅前 %2）</translation>
    </message>
    <message>
        <source>%1 — being made ready for editing…</source>
        <translation>%1 — 正在转为可编辑文本…</translation>
    </message>
    <message>
        <source>The input saved last time could not be read: %1</source>
        <translation>无法读取上次保存的输入：%1</translation>
    </message>
    <message>
        <source>Restoring the input saved last time was cancelled.</source>
        <translation>已取消恢复上次保存的输入。</translation>
    </message>
    <message>
        <source>Restored input — being read…</source>
        <translation>恢复的输入 — 正在读取…</translation>
    </message>
    <message>
        <source>the input saved last time</source>
        <translation>上次保存的输入</translation>
    </message>
    <message>
        <source>read from the file as %1</source>
        <comment>%1 = encoding name, such as GB18030</comment>
        <translation>文件按 %1 编码读取</translation>
    </message>
    <message>
        <source>the file looks like binary data; only its text parts can hold SIP messages</source>
        <translation>文件看起来是二进制数据，只有其中的文本部分可能包含 SIP 消息</translation>
    </message>
</context>
<context>
    <name>sipref::LadderExport</name>
    <message>
        <source>Drawing a ladder needs the graphics part of Qt (a QGuiApplication; QT_QPA_PLATFORM=offscreen works without a display).</source>
        <translation>绘制信令流程图需要 Qt 的图形部分（QGuiApplication；没有显示器时可使用 QT_QPA_PLATFORM=offscreen）。</translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation>%1 个呼叫</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the image is too large</source>
        <translation>图片太大</translation>
    </message>
    <message>
        <source>Unknown image format &quot;%1&quot; (svg or png).</source>
        <translation>未知的图片格式“%1”（应为 svg 或 png）。</translation>
    </message>
</context>
<context>
    <name>sipref::LadderPainter</name>
    <message>
        <source>retransmission</source>
        <translation>重传</translation>
    </message>
    <message>
        <source>This host</source>
        <translation>本机</translation>
    </message>
</context>
<context>
    <name>sipref::MainWindow</name>
    <message>
        <source>sipref — SIP codes and message inspector</source>
        <translation>sipref — SIP 状态码与消息检查工具</translation>
    </message>
    <message>
        <source>Response Codes</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>消息检查</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find Code</source>
        <translation>查找状态码(&amp;F)</translation>
    </message>
    <message>
        <source>Copy Entry as &amp;Text</source>
        <translation>将条目复制为文本(&amp;T)</translation>
    </message>
    <message>
        <source>Copy Entry as &amp;Markdown</source>
        <translation>将条目复制为 Markdown(&amp;M)</translation>
    </message>
    <message>
        <source>Copy Entry in &amp;Both Languages</source>
        <translation>以中英双语复制条目(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Response Codes</source>
        <translation>状态码(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>消息检查(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About sipref</source>
        <translation>关于 sipref(&amp;A)</translation>
    </message>
    <message>
        <source>Open SIP Messages or Log</source>
        <translation>打开 SIP 消息或日志</translation>
    </message>
    <message>
        <source>Logs and messages (*.log *.txt *.sip *.msg);;All files (*)</source>
        <translation>日志和消息 (*.log *.txt *.sip *.msg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>About sipref</source>
        <translation>关于 sipref</translation>
    </message>
    <message>
        <source>&lt;h3&gt;sipref %1&lt;/h3&gt;&lt;p&gt;SIP response codes explained, and SIP messages checked against the RFCs, in English and Chinese.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;sipref %1&lt;/h3&gt;&lt;p&gt;中英双语的 SIP 状态码详解，以及依据 RFC 的 SIP 消息检查。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Print Code Sheet…</source>
        <translation>打印速查表(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export Code Sheet as PDF…</source>
        <translation>将速查表导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 entries: SIP response codes, GB/T 28181 platform codes, Q.850 causes and Warning codes.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;共 %1 个条目：SIP 状态码、GB/T 28181 平台状态码、Q.850 原因值和警告码。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建，运行于 Qt %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>培训(&amp;T)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>呼叫</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>呼叫(&amp;C)</translation>
    </message>
</context>
<context>
    <name>sipref::MessageListModel</name>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Start line</source>
        <translation>起始行</translation>
    </message>
    <message>
        <source>Call-ID</source>
        <translation>Call-ID</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <source>This host</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Source → Destination</source>
        <extracomment>Column of the message list: the sending and the receiving host</extracomment>
        <translation>源 → 目的</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>传输协议</translation>
    </message>
</context>
<context>
    <name>sipref::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>消息检查</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Palette:</source>
        <translation>配色(&amp;P)：</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;High-contrast colours for classes and highlighting</source>
        <translation>状态码类别和高亮使用高对比度颜色(&amp;H)</translation>
    </message>
    <message>
        <source>Darker colours on light backgrounds and lighter ones on dark backgrounds, for projectors and low vision</source>
        <translation>浅色背景上用更深的颜色，深色背景上用更浅的颜色，适合投影仪和视力不佳的用户</translation>
    </message>
    <message>
        <source>Editor &amp;font size:</source>
        <translation>编辑器字号(&amp;F)：</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source> pt</source>
        <comment>font size unit, after the number</comment>
        <translation> 磅</translation>
    </message>
    <message>
        <source>&amp;Checks:</source>
        <translation>检查规则(&amp;C)：</translation>
    </message>
    <message>
        <source>Strict RFC</source>
        <translation>严格遵循 RFC</translation>
    </message>
    <message>
        <source>Lenient</source>
        <translation>宽松</translation>
    </message>
    <message>
        <source>GB/T 28181 profile</source>
        <translation>GB/T 28181 规范</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>恢复默认值(&amp;D)</translation>
    </message>
    <message>
        <source>Colours, font size and checks as on first start; the language stays</source>
        <translation>颜色、字号和检查规则恢复为首次启动时的设置；语言保持不变</translation>
    </message>
    <message>
        <source>Every MUST of the RFCs is an error and every SHOULD a warning.</source>
        <translation>RFC 中的每条 MUST 都按错误报告，每条 SHOULD 都按警告报告。</translation>
    </message>
    <message>
        <source>For logs from real equipment: deviations that calls survive are notes, not warnings.</source>
        <translation>适用于现网设备的日志：不影响通话的偏差只作为提示，不作为警告。</translation>
    </message>
    <message>
        <source>The RFCs plus the rules of the GB/T 28181 video-platform profile.</source>
        <translation>在 RFC 的基础上，再按 GB/T 28181 视频平台规范检查。</translation>
    </message>
</context>
<context>
    <name>sipref::PresentationWindow</name>
    <message>
        <source>sipref — Presentation</source>
        <translation>sipref — 演示</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>← → move · B both languages · Esc leaves</source>
        <translation>← → 翻页 · B 中英双语 · Esc 退出</translation>
    </message>
    <message>
        <source>Both Languages</source>
        <translation>中英双语</translation>
    </message>
    <message>
        <source>Show English and Chinese on one screen (B)</source>
        <translation>在同一屏上同时显示英文和中文（B）</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Leave the presentation (Esc)</source>
        <translation>退出演示（Esc）</translation>
    </message>
    <message>
        <source>Slide number</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>Reason phrase</source>
        <translation>原因短语</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Message %1 of %2</source>
        <translation>第 %1 条消息，共 %2 条</translation>
    </message>
</context>
<context>
    <name>sipref::QuizPanel</name>
    <message>
        <source>All codes</source>
        <translation>全部状态码</translation>
    </message>
    <message>
        <source>GB/T 28181</source>
        <translation>GB/T 28181</translation>
    </message>
    <message>
        <source>Codes to practise</source>
        <translation>练习范围</translation>
    </message>
    <message>
        <source>All codes, one class, or the GB/T 28181 platform codes</source>
        <translation>全部状态码、某一类状态码，或 GB/T 28181 平台状态码</translation>
    </message>
    <message>
        <source>Mixed questions</source>
        <translation>混合题型</translation>
    </message>
    <message>
        <source>Code → meaning</source>
        <translation>状态码 → 含义</translation>
    </message>
    <message>
        <source>Meaning → code</source>
        <translation>含义 → 状态码</translation>
    </message>
    <message>
        <source>Missing header field</source>
        <translation>缺少的头域</translation>
    </message>
    <message>
        <source>What went wrong?</source>
        <translation>问题出在哪里？</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>题型</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>题数：</translation>
    </message>
    <message>
        <source>Questions per round</source>
        <translation>每轮题数</translation>
    </message>
    <message>
        <source>&amp;New Round</source>
        <translation>新一轮(&amp;N)</translation>
    </message>
    <message>
        <source>Start again with the chosen codes and kind of question</source>
        <translation>按所选范围和题型重新开始</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Meaning to find the code for</source>
        <translation>要找出对应状态码的含义</translation>
    </message>
    <message>
        <source>Message or log of the question</source>
        <translation>题目中的消息或日志</translation>
    </message>
    <message>
        <source>Result of your answer</source>
        <translation>答题结果</translation>
    </message>
    <message>
        <source>Review of the round</source>
        <translation>本轮回顾</translation>
    </message>
    <message>
        <source>Start a New Round</source>
        <translation>开始新一轮</translation>
    </message>
    <message>
        <source>Quiz: Answer %1</source>
        <translation>测验：选择答案 %1</translation>
    </message>
    <message>
        <source>Quiz: Next Question</source>
        <translation>测验：下一题</translation>
    </message>
    <message>
        <source>Score &lt;b&gt;%1&lt;/b&gt;/%2 · Streak &lt;b&gt;%3&lt;/b&gt; · Best &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>得分 &lt;b&gt;%1&lt;/b&gt;/%2 · 连对 &lt;b&gt;%3&lt;/b&gt; · 最佳 &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No questions of this kind for these codes. Choose another kind or class.</source>
        <translation>该范围内没有这种题型的题目。请选择其他题型或类别。</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>第 %1 题，共 %2 题</translation>
    </message>
    <message>
        <source>See &amp;Results</source>
        <translation>查看结果(&amp;R)</translation>
    </message>
    <message>
        <source>Next Question</source>
        <translation>下一题</translation>
    </message>
    <message>
        <source>Choose an answer: click it or press its number (1–%1).</source>
        <translation>请选择答案：单击它，或按对应的数字键（1–%1）。</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>正确。</translation>
    </message>
    <message>
        <source>Not quite: the right answer is %1.</source>
        <translation>不对，正确答案是 %1。</translation>
    </message>
    <message>
        <source>Round complete</source>
        <translation>本轮结束</translation>
    </message>
    <message>
        <source>%1 of %2 right (%3%). Best streak: %4.</source>
        <translation>%2 题中答对 %1 题（%3%）。最佳连对：%4。</translation>
    </message>
    <message>
        <source>No mistakes. Well done!</source>
        <translation>全部答对，做得好！</translation>
    </message>
    <message numerus="yes">
        <source>To review (%n)</source>
        <translation>
            <numerusform>需要复习（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>你的答案：</translation>
    </message>
    <message>
        <source>Right answer:</source>
        <translation>正确答案：</translation>
    </message>
    <message>
        <source>Next question (Enter)</source>
        <translation>下一题（Enter）</translation>
    </message>
</context>
<context>
    <name>sipref::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>sipref::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>In the search field, the arrow keys move through the results and Esc clears the search.</source>
        <translation>在搜索框中，方向键可在结果中移动，Esc 清空搜索。</translation>
    </message>
</context>
<context>
    <name>sipref::TrainingView</name>
    <message>
        <source>&amp;Quiz</source>
        <translation>测验(&amp;Q)</translation>
    </message>
    <message>
        <source>Flash&amp;cards</source>
        <translation>抽认卡(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>示例(&amp;X)</translation>
    </message>
    <message>
        <source>Questions on codes, header fields and call logs, with score and review</source>
        <translation>关于状态码、头域和呼叫日志的题目，带计分和回顾</translation>
    </message>
    <message>
        <source>One card per code: the code on the front, the explanation on the back</source>
        <translation>每个状态码一张卡片：正面是状态码，背面是解释</translation>
    </message>
    <message>
        <source>Example calls and registrations to walk through and open in the inspector</source>
        <translation>可逐条讲解、也可在消息检查中打开的呼叫与注册示例</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Training: Present Full Screen</source>
        <translation>培训：全屏演示</translation>
    </message>
</context>
</TS>
