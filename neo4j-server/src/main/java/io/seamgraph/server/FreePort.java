package io.seamgraph.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Asks the OS for a free port on an address. Another process could take it before Neo4j binds; that fails loudly. */
final class FreePort {

    private FreePort() {
    }

    static int on(String host) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new ServerStartException("cannot find a free port on " + host + " (" + e.getMessage()
                    + "); is --host an address of this machine?", e);
        }
    }
}
