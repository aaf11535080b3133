import type { Sector } from '../api/get-partners';

/**
 * Common kinds of organisation in each sector, offered while typing the kind. They are data (what
 * district offices write on their forms), so they stay in Thai whatever the reading language;
 * any other kind may be typed.
 */
export const kindSuggestions: Record<Sector, readonly string[]> = {
  GOVERNMENT: ['อบต.', 'เทศบาล', 'อบจ.', 'โรงพยาบาลส่งเสริมสุขภาพตำบล', 'ที่ว่าการอำเภอ', 'สถานีตำรวจ', 'ส่วนราชการ'],
  RELIGION: ['วัด', 'สำนักสงฆ์', 'โบสถ์', 'มัสยิด', 'ศาลเจ้า'],
  EDUCATION: ['โรงเรียน', 'มหาวิทยาลัย', 'วิทยาลัย', 'ศูนย์พัฒนาเด็กเล็ก', 'กศน.'],
  PRIVATE: ['บริษัท', 'ห้างร้าน', 'ห้างหุ้นส่วน', 'ธนาคาร', 'สหกรณ์'],
  PEOPLE: ['วิสาหกิจชุมชน', 'กลุ่มอาชีพ', 'กลุ่มออมทรัพย์', 'กองทุนหมู่บ้าน', 'ปราชญ์ชาวบ้าน'],
  CIVIL_SOCIETY: ['มูลนิธิ', 'สมาคม', 'ชมรม', 'องค์กรสาธารณประโยชน์'],
  MEDIA: ['สถานีวิทยุ', 'วิทยุชุมชน', 'หนังสือพิมพ์', 'สถานีโทรทัศน์', 'สื่อออนไลน์'],
};
