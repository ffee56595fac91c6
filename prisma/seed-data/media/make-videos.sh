#!/bin/sh
# Regenerates the demo lesson videos in public/media/videos. Needs ffmpeg (with libvpx-vp9 and
# drawtext) and the DejaVu fonts; slide text must not contain colons (filter syntax); run by hand only — the seed uses the committed files and never
# needs ffmpeg. Videos are 24 s of titled slides, VP9 at a low bitrate, so each stays under 300 KB.
set -eu
OUT_DIR="$(dirname "$0")/../../../public/media/videos"
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
BOLD=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
mkdir -p "$OUT_DIR"

# make_video FILE TITLE S1 S2 S3 S4: four 6-second slides, each with its own colour and line.
make_video() {
  file=$1; title=$2; s1=$3; s2=$4; s3=$5; s4=$6
  slide() { # index colour text
    echo "drawbox=x=0:y=0:w=iw:h=ih:color=$2:t=fill:enable='between(t,$(( $1 * 6 )),$(( $1 * 6 + 6 )))',drawtext=fontfile=$FONT:text='$3':fontcolor=white:fontsize=26:x=(w-text_w)/2:y=(h-text_h)/2+10:enable='between(t,$(( $1 * 6 )),$(( $1 * 6 + 6 )))'"
  }
  filter="$(slide 0 0x1f3b73 "$s1"),$(slide 1 0x0f6e5a "$s2"),$(slide 2 0x8a3b12 "$s3"),$(slide 3 0x5b2a86 "$s4")"
  filter="$filter,drawtext=fontfile=$BOLD:text='$title':fontcolor=0xffd580:fontsize=30:x=(w-text_w)/2:y=60"
  filter="$filter,drawbox=x=0:y=ih-24:w=iw:h=24:color=0x000000@0.4:t=fill"
  filter="$filter,drawtext=fontfile=$FONT:text='Kaushal  %{pts\:hms}':fontcolor=white:fontsize=14:x=12:y=h-19"
  ffmpeg -y -hide_banner -loglevel error -f lavfi -i "color=c=0x222222:s=640x360:r=12:d=24" \
    -vf "$filter" -c:v libvpx-vp9 -b:v 60k -deadline good -row-mt 1 -pix_fmt yuv420p -an "$OUT_DIR/$file"
}

make_video course-orientation.webm "Welcome to your course" \
  "Mission Karmayogi - from rules to roles" \
  "Learn at your pace, on any device" \
  "Finish the assessment to earn a certificate" \
  "Your passbook records every competency"

make_video competency-primer.webm "Competencies in the FRAC" \
  "Behavioural, functional and domain" \
  "Five proficiency levels, from awareness to expert" \
  "Each role needs competencies at a level" \
  "Close your gaps with courses and practice"
ls -l "$OUT_DIR"
