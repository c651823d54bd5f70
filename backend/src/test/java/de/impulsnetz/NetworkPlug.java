package de.impulsnetz;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP pass-through from a local port to a server, whose plug a test can pull: then new
 * connections are refused and open ones are cut, as when the server is down; put back, it
 * passes traffic again at once. The integration tests reach Keycloak through one, so an
 * outage can be tested without stopping and booting Keycloak again.
 */
public final class NetworkPlug implements AutoCloseable {

	private final int port;

	private final int target;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile ServerSocket listening;

	public NetworkPlug(int port, int target) {
		this.port = port;
		this.target = target;
	}

	public int port() {
		return this.port;
	}

	/**
	 * Listens on the port (again) and passes every connection on to the target.
	 */
	public synchronized NetworkPlug plugIn() {
		if (this.listening != null) {
			return this;
		}
		try {
			ServerSocket server = new ServerSocket();
			server.setReuseAddress(true);
			server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port));
			this.listening = server;
			daemon("plug-accept-" + this.port, () -> accept(server));
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot listen on " + this.port, ex);
		}
	}

	/**
	 * Stops listening, so that connections are refused, and cuts the open ones.
	 */
	public synchronized void pull() {
		ServerSocket server = this.listening;
		this.listening = null;
		closeQuietly(server);
		this.open.forEach(NetworkPlug::closeQuietly);
		this.open.clear();
	}

	@Override
	public void close() {
		pull();
	}

	private void accept(ServerSocket server) {
		while (!server.isClosed()) {
			try {
				Socket client = server.accept();
				Socket upstream;
				try {
					upstream = new Socket(InetAddress.getLoopbackAddress(), this.target);
				}
				catch (IOException ex) {
					closeQuietly(client);
					continue;
				}
				this.open.add(client);
				this.open.add(upstream);
				daemon("plug-up-" + this.port, () -> pipe(client, upstream));
				daemon("plug-down-" + this.port, () -> pipe(upstream, client));
			}
			catch (IOException ex) {
				// Closed by pull().
			}
		}
	}

	private void pipe(Socket from, Socket to) {
		byte[] buffer = new byte[16 * 1024];
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			int read;
			while ((read = in.read(buffer)) != -1) {
				out.write(buffer, 0, read);
				out.flush();
			}
		}
		catch (SocketException ex) {
			// Cut by the other side or by pull().
		}
		catch (IOException ex) {
			// The same, reported differently.
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
			this.open.remove(from);
			this.open.remove(to);
		}
	}

	private static void daemon(String name, Runnable task) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(AutoCloseable closeable) {
		if (closeable == null) {
			return;
		}
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// Already closed.
		}
	}

}
