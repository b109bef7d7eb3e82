use std::io::Write;
use std::net::TcpListener;

// A placeholder service: answers every connection on port 6769 with a one-line greeting.
fn main() -> std::io::Result<()> {
    let listener = TcpListener::bind("0.0.0.0:6769")?;
    for stream in listener.incoming() {
        stream?.write_all(b"sensor-hub 0.1.0\n")?;
    }
    Ok(())
}
