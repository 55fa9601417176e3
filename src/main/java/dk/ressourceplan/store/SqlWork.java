package dk.ressourceplan.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Statements run on one connection, inside one transaction when they write. */
@FunctionalInterface
interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
