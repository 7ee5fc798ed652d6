package org.vigil.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work in one transaction on a connection that is otherwise in auto-commit mode. */
final class Transactions {
    /** Work that talks to the database. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    private Transactions() {
    }

    static <T> T run(Connection connection, Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
