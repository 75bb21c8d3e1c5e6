//! Shared helpers: a backing directory and a mount point in temporary directories.

#![allow(dead_code)]

use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use powercut::PowerCut;
use tempfile::TempDir;

pub struct Rig {
    pub backing: TempDir,
    pub mnt: TempDir,
}

impl Rig {
    pub fn new() -> Rig {
        Rig { backing: tempfile::tempdir().unwrap(), mnt: tempfile::tempdir().unwrap() }
    }

    pub fn mount(&self) -> PowerCut {
        PowerCut::mount(self.backing.path(), self.mnt.path()).expect("mount powercut")
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.mnt.path().join(rel)
    }
}

pub fn write_file(path: &Path, data: &[u8], fsync: bool) {
    let mut f = File::create(path).unwrap();
    f.write_all(data).unwrap();
    if fsync {
        f.sync_all().unwrap();
    }
}

pub fn read(path: &Path) -> io::Result<Vec<u8>> {
    let mut v = Vec::new();
    File::open(path)?.read_to_end(&mut v)?;
    Ok(v)
}

pub fn fsync_dir(path: &Path) {
    File::open(path).unwrap().sync_all().unwrap();
}

pub fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    v.sort();
    v
}
