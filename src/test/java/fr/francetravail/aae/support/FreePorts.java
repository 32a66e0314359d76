package fr.francetravail.aae.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ports for the tests' servers that come and go (an SMTP server started by each test, a node restarted on its port): free
 * now, so that several builds may run side by side on one machine, and below the range the system gives to outgoing
 * connections, so that no client socket (a connection to the database, a request) takes one meanwhile.
 */
public final class FreePorts {

    private static final Logger LOG = LoggerFactory.getLogger(FreePorts.class);

    private FreePorts() {
    }

    /** A free port of 127.0.0.1 below the ephemeral range (up to 12 000 ports below it). */
    public static int belowEphemeralRange() {
        int ephemeralStart = 32768;
        try {
            // readAllLines, not readString: /proc reports a size of 0 and readString then reads a single byte
            ephemeralStart = Integer.parseInt(Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            LOG.info("plage des ports éphémères inconnue ({}), supposée commencer à {}", e.getMessage(), ephemeralStart);
        }
        int low = Math.max(1_024, ephemeralStart - 12_000);
        if (low >= ephemeralStart) {
            throw new IllegalStateException("plage des ports éphémères inattendue : elle commence à " + ephemeralStart);
        }
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = ThreadLocalRandom.current().nextInt(low, ephemeralStart);
            try (ServerSocket socket = new ServerSocket(candidate, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("aucun port libre entre " + low + " et " + ephemeralStart + " pour un serveur de test");
    }
}
