# pytest test classes (a fresh instance per test method, ids Class::method) and Allo's Memory objects
# as Python values: fields, repr, equality, hashing, invalid names as ValueError.
import pytest

from allo.memory import Memory


class TestMemorySpec:
    def test_defaults_and_fields(self):
        m = Memory()
        assert m.resource == "AUTO" and m.storage_type is None and m.latency is None and m.depth is None
        u = Memory(resource="uram", storage_type="rom_np", latency=2, depth=64)
        assert (u.resource, u.storage_type, u.latency, u.depth) == ("URAM", "ROM_NP", 2, 64)

    def test_values_compare_and_hash(self):
        a = Memory(resource="LUTRAM")
        assert a == Memory(resource="lutram") and a != Memory(resource="SRL")
        assert len({a, Memory(resource="LUTRAM"), Memory()}) == 2
        assert repr(Memory(resource="BRAM", storage_type="RAM_1P")) == 'Memory(resource="BRAM", storage_type="RAM_1P")'
        assert Memory(resource="LUTRAM", storage_type="RAM_T2P").get_memory_space() == 3 * 16 + 3

    def test_bad_names_are_value_errors(self):
        with pytest.raises(ValueError, match="Invalid resource"):
            Memory(resource="DRAM")
        with pytest.raises(ValueError, match="Invalid storage_type"):
            Memory(storage_type="RAM_9P")


class TestState:
    def test_each_method_gets_a_fresh_instance(self):
        self.touched = True
        assert self.touched

    def test_no_state_from_the_other_test(self):
        assert not hasattr(self, "touched")

    @pytest.mark.parametrize("n", [1, 2])
    def test_parametrized_method(self, n):
        assert n in (1, 2)


class Helper:
    def test_not_collected(self):
        raise AssertionError("only classes named Test* are collected")
