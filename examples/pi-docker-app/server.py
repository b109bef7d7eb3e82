# Answers on 6769, the port every app on the Pi exposes, and says whether its serial device is there.
import http.server
import os

DEVICE = os.environ.get("SERIAL_DEVICE", "/dev/ttyUSB0")


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        state = "present" if os.path.exists(DEVICE) else "missing"
        body = f"pi-app: serial device {DEVICE} {state}\n".encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


http.server.HTTPServer(("0.0.0.0", 6769), Handler).serve_forever()
