package fr.francetravail.aae.benchmark;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.util.HashMap;
import java.util.Map;

/**
 * GreenMail's SMTP server with {@code TCP_NODELAY} on each connection. GreenMail answers {@code EHLO} in two writes; with
 * Nagle's algorithm on, the second waits for the client's delayed acknowledgement, 40 ms on Linux: measured here, 45 ms
 * of each connection and at most about 20 mails a second per client thread, a stall of the test server (a relay such as
 * Postfix answers in one write) that would hide what the service itself costs. Without it, about 100 a second per thread.
 */
final class NoDelayGreenMail extends GreenMail {

    NoDelayGreenMail(ServerSetup smtp) {
        super(smtp);
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
        Map<String, AbstractServer> services = new HashMap<>();
        for (ServerSetup setup : config) {
            if (!ServerSetup.PROTOCOL_SMTP.equals(setup.getProtocol())) {
                throw new IllegalArgumentException("SMTP seulement : " + setup.getProtocol());
            }
            services.put(setup.getProtocol(), new SmtpServer(setup, managers) {
                @Override
                protected ProtocolHandler createProtocolHandler(Socket socket) {
                    try {
                        socket.setTcpNoDelay(true);
                    } catch (SocketException e) {
                        throw new UncheckedIOException(e);
                    }
                    return super.createProtocolHandler(socket);
                }
            });
        }
        return services;
    }
}
