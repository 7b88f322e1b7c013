// Each test file: a real IndexedDB implementation (fake-indexeddb) for the devices' databases.
import 'fake-indexeddb/auto';
