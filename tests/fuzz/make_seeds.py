#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Writes the seed corpora of the fuzz harnesses (tests/fuzz/corpus/<target>/) from the messages the
tests and docs use: the e2e tests (tests/e2e/*.py), docs/api.md, the unit tests of the event codec and
the branch configuration, and the Löbau demo configuration (server/app/demo_loebau.toml). The files
are committed; run this again only to change the seeds (it rewrites corpus/ whole).
Usage: tests/fuzz/make_seeds.py"""

import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TOKEN = "gT3pX9qL2vR8sK1mN4bW7c"  # the shape of a live-ticket token (token_urlsafe(16))
AUTH = "Authorization: Bearer kiosk-token-0123456789abcdef\r\n"


def http(method, target, headers="", body=b"", length=True):
    head = f"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n{headers}"
    if body and length:
        head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    return head.encode() + b"\r\n" + body


SEEDS = {
    "http_request": {
        "health": http("GET", "/api/v1/health"),
        "head_health": http("HEAD", "/api/v1/health"),
        "issue_ticket": http("POST", "/api/v1/tickets", AUTH + "Idempotency-Key: 6f1c2a\r\n",
                             b'{"service_id": 1, "language": "de"}'),
        "login": http("POST", "/api/v1/auth/login", "", b'{"user": "anna", "password": "p\\u00e4ss"}'),
        "postpone": http("POST", f"/api/v1/tickets/{TOKEN}/postpone", "", b'{"places": 1}'),
        "ticket_lang": http("GET", f"/api/v1/tickets/{TOKEN}?lang=pl&x=%C3%BC+y"),
        "encoded_path": http("GET", "/api/v1/tickets/a%2Fb?x=1&y=%C3%BC"),
        "ws_upgrade": http("GET", f"/api/v1/events?topics=calls,ticket:{TOKEN}",
                           "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                           "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"),
        "ws_staff_query_token": http("GET", "/api/v1/events?topics=queue,counters&access_token=abc",
                                     "Upgrade: websocket\r\nConnection: Upgrade\r\n"),
        "chunked": b"POST /api/v1/tickets HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                   b"10\r\n{\"service_id\": 1}\r\n0\r\n\r\n",
        "chunked_bad": b"POST /api/v1/tickets HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                       b"zz\r\n{}\r\n0\r\n\r\n",
        "transfer_gzip": b"POST /api/v1/auth/logout HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n",
        "expect_continue": http("POST", "/api/v1/counters/1/transfer", "Expect: 100-continue\r\n",
                                b'{"service_id": 2, "counter_id": 5}'),
        "pipelined": http("GET", "/api/v1/services") + http("POST", "/api/v1/counters/1/call-next", "", b"{}")
                     + http("GET", "/api/v1/queue", "Connection: close\r\n"),
        "http10": b"GET /t/static/app.js HTTP/1.0\r\nAccept-Encoding: gzip\r\n\r\n",
        "absolute_form": b"GET http://evil.example/x HTTP/1.1\r\nHost: x\r\n\r\n",
        "two_lengths": b"POST /api/v1/tickets HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 20\r\n\r\n{}",
        "negative_length": b"POST /api/v1/tickets HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
        "no_colon": b"GET /api/v1/health HTTP/1.1\r\nHost x\r\n\r\n",
        "bad_version": b"GET /api/v1/health HTTP/X.Y\r\nHost: x\r\n\r\n",
        "nonsense": b"HELLO CIVIQ\r\n\r\n",
        "half": b"GET /api/v1/health HTTP/1.1\r\nHost:",
        "metrics": http("GET", "/metrics", "Accept: text/plain\r\nX-Forwarded-For: 10.0.0.7\r\n"),
    },
    "request_target": {
        "health": "/api/v1/health",
        "ticket": f"/api/v1/tickets/{TOKEN}?lang=de",
        "encoded": "/api/v1/tickets/a%2Fb?x=1&y=%C3%BC",
        "plus": "/api/v1/events?topics=calls%2Cqueue&q=a+b&&flag",
        "empty_query": "/api/v1/queue?",
        "nul": "/api/v1/%00x",
        "live_page": f"/t/{TOKEN}",
        "asset": "/t/static/i18n/de.json",
        "check_in": "/api/v1/appointments/LB-7F3K/check-in",
        "absolute": "http://evil.example/x",
        "star": "*",
        "bad_percent": "/api/v1/%zz",
    },
    "request_json": {  # first byte: '0' + the message (see request_json_fuzz.cpp)
        "issue": '0{"service_id": 1, "language": "de", "priority": true, "additional_service_ids": [2, 3]}',
        "issue_min": '0{"service_id": 1}',
        "issue_empty": "0",
        "check_in": '1{"language": "pl"}',
        "check_in_empty": "1{}",
        "no_body": "2{}",
        "no_body_unexpected": '2{"unexpected": true}',
        "postpone": '3{"places": 1}',
        "postpone_string": '3{"places": "2"}',
        "login": '4{"user": "anna", "password": "p\\u00e4ss"}',
        "login_missing": '4{"user": "anna"}',
        "login_number": '4{"user": "anna", "password": 7}',
        "transfer": '5{"service_id": 2, "counter_id": 5}',
        "transfer_null": '5{"service_id": null}',
        "transfer_note": '5{"service_id": 2, "note": "Vollmacht liegt vor \\u2013 \u00fc"}',
        "ticket_ref": '6{"ticket_id": 17}',
        "ticket_ref_string": '6{"ticket_id": "17"}',
        "import": '7{"appointments": [{"code": "LB-7F3K", "time": "2026-11-23T09:30:00+01:00", '
                  '"service_ids": [1, 2], "name": "Erika Mustermann"}, {"code": "LB-2", '
                  '"time": "2026-11-23T10:00:00Z", "service_ids": [3], "cancelled": true}]}',
        "import_short": '7{"appointments": [{"code": "X-1"}]}',
        "import_empty": '7{"appointments": []}',
        "malformed": '0{"service_id": 1,',
        "deep": "7" + "[" * 40 + "]" * 40,
    },
    "stored_event": {  # "type\nactor\npayload", as encode_event writes them (event_codec_test.cpp)
        "ticket_issued": 'ticket_issued\ndevice:kiosk-eingang\n{"ticket":7,"token":"tok","number":{"prefix":"A",'
                         '"value":42},"services":[1,2],"priority":true,"language":"cs","appointment_code":"LB-1",'
                         '"appointment_time":"2026-11-18T11:06:40Z","v":1}',
        "ticket_issued_v0": 'ticket_issued\ncitizen\n{"ticket":8,"token":"t2","number":{"prefix":"B","value":1},'
                            '"services":[2],"priority":false,"language":"de","appointment_code":null,'
                            '"appointment_time":null}',
        "ticket_called": 'ticket_called\nstaff:anna\n{"ticket":7,"counter":3,"v":1}',
        "ticket_recalled": 'ticket_recalled\nstaff:anna\n{"ticket":7,"counter":3,"recall_count":2,"v":1}',
        "service_started": 'service_started\nstaff:anna\n{"ticket":7,"counter":3,"v":1}',
        "service_finished": 'service_finished\nstaff:anna\n{"ticket":7,"counter":3,"service":1,"served_s":421,"v":1}',
        "service_finished_v2": 'service_finished\nstaff:anna\n{"ticket":7,"counter":3,"service":1,"served_s":421,'
                               '"outcome":"NotServed","stays_at_counter":true,"v":2}',
        "ticket_no_show": 'ticket_no_show\nsystem\n{"ticket":7,"counter":3,"reason":"RecallLimit","v":1}',
        "ticket_parked": 'ticket_parked\nstaff:anna\n{"ticket":7,"counter":3,"v":1}',
        "ticket_transferred": 'ticket_transferred\nstaff:anna\n{"ticket":7,"to_service":2,"to_counter":4,"v":1}',
        "ticket_transferred_v2": 'ticket_transferred\nstaff:anna\n{"ticket":7,"to_service":2,"to_counter":4,'
                                 '"from_service":1,"served_s":95,"note":"Vollmacht liegt vor","v":2}',
        "ticket_reactivated": 'ticket_reactivated\nstaff:anna\n{"ticket":7,"v":1}',
        "ticket_cancelled": 'ticket_cancelled\nsystem\n{"ticket":7,"reason":"EndOfDay","v":1}',
        "ticket_postponed": 'ticket_postponed\ncitizen\n{"ticket":7,"places":3,'
                            '"new_rank_time":"2026-11-18T11:06:45Z","new_rank_tiebreak":0.5,"v":1}',
        "counter_opened": 'counter_opened\nstaff:anna\n{"counter":3,"clerk":"anna","v":1}',
        "counter_closed": 'counter_closed\nstaff:anna\n{"counter":3,"v":1}',
        "counter_alarm_raised": 'counter_alarm_raised\nstaff:anna\n{"counter":3,"v":1}',
        "counter_alarm_acknowledged": 'counter_alarm_acknowledged\nstaff:bernd\n{"counter":3,"v":1}',
        "counter_break_started": 'counter_break_started\nstaff:anna\n{"counter":3,"reason":"lunch","v":1}',
        "counter_break_ended": 'counter_break_ended\nstaff:anna\n{"counter":3,"v":1}',
        "newer_version": 'counter_closed\nsystem\n{"counter":3,"v":2}',
        "unknown_type": "ticket_teleported\nsystem\n{}",
    },
    "appointment_csv": {
        "import": "code,time,service_ids,name\r\nLB-CSV1,2026-11-23T09:30:00Z,1;2,\"Mustermann, Erika\"\r\n"
                  "LB-CSV2,2026-11-23T09:45:00+01:00,2,Jan Nowak\r\n",
        "berlin_wall_clock": "code,time,service_ids,name\nLB-1,2026-11-23 09:30,1 3,\nLB-2,2026-03-29T02:30,4,\"Ja\"\"n\"\n\n",
        "bad_time": "code,time,service_ids,name\nLB-X,morgen,1,Eva\n",
        "bad_services": "code,time,service_ids,name\nLB-X,2026-11-23T09:30,1;x,Eva\n",
        "bad_header": "code;time;service_ids;name\n",
        "export_line": '17,loebau,2026-11-23,7,ticket_called,staff:anna,"{""ticket"":7,""counter"":3,""v"":1}"\n',
    },
    "ws_topics": {
        "calls": "topics=calls",
        "ticket": f"topics=calls,ticket:{TOKEN}",
        "staff": "topics=queue,counters,appointments&access_token=abc",
        "encoded": "topics=calls%2Cqueue",
        "empty": "topics=",
        "empty_ticket": "topics=ticket:",
        "bogus": "topics=calls,bogus",
        "nine": "topics=calls,queue,counters,appointments,calls,queue,counters,appointments,calls",
        "commas": "topics=,,calls,,",
    },
}


def main():
    corpus = HERE / "corpus"
    shutil.rmtree(corpus, ignore_errors=True)
    for target, seeds in SEEDS.items():
        (corpus / target).mkdir(parents=True)
        for name, data in seeds.items():
            (corpus / target / name).write_bytes(data if isinstance(data, bytes) else data.encode())
    # The branch configuration: the demo and the unit test's minimal valid configuration.
    (corpus / "branch_config").mkdir()
    shutil.copy(ROOT / "server/app/demo_loebau.toml", corpus / "branch_config/demo_loebau.toml")
    minimal = ('[office]\nid = "test"\nname = "Bürgerbüro Test"\npublic_base_url = "https://q.test/"\n'
               '[[services]]\nid = 1\nprefix = "A"\nname = { de = "Anmeldung" }\n'
               '[[services]]\nid = 2\nprefix = "B"\ndefault_service_time_s = 300\n'
               'name = { de = "Beglaubigung", en = "Certification" }\n'
               '[[counters]]\nid = 1\nname = "Schalter 1"\nservices = [1, 2]\nweights = [1.0, 0.5]\n'
               '[[counters]]\nid = 2\nname = "Schalter 2"\nservices = [2]\n')
    (corpus / "branch_config/minimal.toml").write_text(minimal, encoding="utf-8")
    (corpus / "branch_config/bad_listen.toml").write_text(
        minimal + '[server]\nlisten = "127.0.0.1:99999"\n', encoding="utf-8")
    (corpus / "branch_config/bad_syntax.toml").write_text("[office\nid = ", encoding="utf-8")


if __name__ == "__main__":
    main()
